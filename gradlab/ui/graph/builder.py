"""The builder: the course's Net API as buttons (add a variable, add an operation, rename, delete).

Every edit goes to the tab's GraphDocument, which keeps undo and redo.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...engine import OPS, ExprError, parse_values
from ...graph.document import EditError, GraphDocument
from .. import theme
from ..widgets import MessageLabel


class GraphBuilder(QWidget):
    """Forms that edit the document; emits ``edited`` after every change it makes."""

    edited = Signal()

    def __init__(self, document: GraphDocument, parent: QWidget | None = None):
        super().__init__(parent)
        self.document = document
        self.confirm_box: QMessageBox | None = None

        self.variable_name = QLineEdit(objectName="graphVariableNameEdit", placeholderText=self.tr("name"))
        self.variable_value = QLineEdit(objectName="graphVariableValueEdit", placeholderText=self.tr("value"))
        self.add_variable_button = QPushButton(self.tr("Add variable"), objectName="graphAddVariableButton")
        variable_box = QGroupBox(self.tr("Variable  (net.variable)"))
        row = QHBoxLayout(variable_box)
        row.addWidget(self.variable_name, 2)
        row.addWidget(self.variable_value, 2)
        row.addWidget(self.add_variable_button)

        self.operation = QComboBox(objectName="graphOperationCombo")
        for name, op in OPS.items():
            shown = f"{name}  ({op.symbol})" if op.symbol else name
            self.operation.addItem(shown, name)
        self.operand_a = QComboBox(objectName="graphOperandACombo")
        self.operand_b = QComboBox(objectName="graphOperandBCombo")
        self.operation_name = QLineEdit(
            objectName="graphOperationNameEdit", placeholderText=self.tr("name (optional)")
        )
        self.add_operation_button = QPushButton(
            self.tr("Add operation"), objectName="graphAddOperationButton"
        )
        operation_box = QGroupBox(self.tr("Operation  (net.mul, net.add, ...)"))
        form = QFormLayout(operation_box)
        form.addRow(self.tr("Operation"), self.operation)
        form.addRow(self.tr("First input"), self.operand_a)
        self.operand_b_label = QLabel(self.tr("Second input"))
        form.addRow(self.operand_b_label, self.operand_b)
        form.addRow(self.tr("Name"), self.operation_name)
        form.addRow(self.add_operation_button)

        self.node_list = QListWidget(objectName="graphNodeList")
        self.rename_edit = QLineEdit(objectName="graphRenameEdit", placeholderText=self.tr("new name"))
        self.rename_button = QPushButton(self.tr("Rename"), objectName="graphRenameButton")
        self.delete_button = QPushButton(self.tr("Delete"), objectName="graphDeleteButton")
        nodes_box = QGroupBox(self.tr("Nodes"))
        nodes_layout = QVBoxLayout(nodes_box)
        nodes_layout.addWidget(self.node_list)
        edit_row = QHBoxLayout()
        edit_row.addWidget(self.rename_edit, 1)
        edit_row.addWidget(self.rename_button)
        edit_row.addWidget(self.delete_button)
        nodes_layout.addLayout(edit_row)

        self.error = MessageLabel(objectName="graphBuilderError")  # a long name typed never widens the window
        theme.tint(self.error, "error")

        layout = QVBoxLayout(self)
        layout.addWidget(variable_box)
        layout.addWidget(operation_box)
        layout.addWidget(nodes_box, 1)
        layout.addWidget(self.error)

        self.add_variable_button.clicked.connect(self._add_variable)
        self.variable_value.returnPressed.connect(self._add_variable)
        self.add_operation_button.clicked.connect(self._add_operation)
        self.operation.currentIndexChanged.connect(self._update_arity)
        self.rename_button.clicked.connect(self._rename)
        self.rename_edit.returnPressed.connect(self._rename)
        self.delete_button.clicked.connect(self._delete)
        self.node_list.currentTextChanged.connect(self.rename_edit.setText)
        self.refresh()

    def refresh(self) -> None:
        """Re-read the node names from the document."""
        names = [n.label for n in self.document.graph.all_nodes if n._op != "const"]
        selected = self.node_list.currentItem().text() if self.node_list.currentItem() else None
        for combo in (self.operand_a, self.operand_b):
            current = combo.currentText()
            combo.clear()
            combo.addItems(names)
            if current in names:
                combo.setCurrentText(current)
        self.node_list.clear()
        self.node_list.addItems(names)
        if selected in names:
            self.select(selected)
        self._update_arity()

    def select(self, name: str) -> None:
        for item in self.node_list.findItems(name, Qt.MatchFlag.MatchExactly):
            self.node_list.setCurrentItem(item)

    def _update_arity(self) -> None:
        op = self.operation.currentData()
        binary = op is not None and OPS[op].arity != 1
        self.operand_b.setVisible(binary)
        self.operand_b_label.setVisible(binary)

    def _edit(self, change) -> bool:
        try:
            change()
        except (EditError, ExprError) as error:
            self.error.setText(str(error))
            return False
        self.error.clear()
        self.edited.emit()
        return True

    @Slot()
    def _add_variable(self) -> None:
        name = self.variable_name.text().strip()
        text = self.variable_value.text().strip() or "0"

        def change():
            values = parse_values(f"{name}={text}") if name else None
            if not values:
                raise EditError(self.tr("give the variable a name"))
            self.document.add_variable(name, values[name])

        if self._edit(change):
            self.variable_name.clear()
            self.variable_value.clear()

    @Slot()
    def _add_operation(self) -> None:
        op = self.operation.currentData()
        operands = [self.operand_a.currentText()]
        if OPS[op].arity != 1:
            operands.append(self.operand_b.currentText())
        name = self.operation_name.text().strip()
        if self._edit(lambda: self.document.add_operation(op, operands, name)):
            self.operation_name.clear()

    @Slot()
    def _rename(self) -> None:
        item = self.node_list.currentItem()
        if item is None:
            self.error.setText(self.tr("pick a node in the list first"))
            return
        old, new = item.text(), self.rename_edit.text().strip()
        if self._edit(lambda: self.document.rename(old, new)):
            self.select(new)

    @Slot()
    def _delete(self) -> None:
        item = self.node_list.currentItem()
        if item is None:
            self.error.setText(self.tr("pick a node in the list first"))
            return
        name = item.text()
        dependents = self.document.dependents(name)
        if not dependents:
            self._edit(lambda: self.document.delete(name))
            return
        box = QMessageBox(self)
        box.setObjectName("graphDeleteConfirm")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Delete {name}?").format(name=name))
        box.setText(
            self.tr("{name} is used by {users}. Deleting it deletes them too.").format(
                name=name, users=", ".join(dependents)
            )
        )
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)

        def answered(result: int) -> None:
            if result == QMessageBox.StandardButton.Yes:
                self._edit(lambda: self.document.delete(name))

        box.finished.connect(answered)
        box.open()
        self.confirm_box = box
