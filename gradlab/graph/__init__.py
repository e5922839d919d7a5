"""The Graph tab's pure core: presets, editing with undo, layout, code generation and checks.

No Qt here (a tool checks it); torch only in ``check``, imported when a check first runs.
"""
