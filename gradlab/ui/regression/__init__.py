"""The Regression tab: ``tab`` wires the form and run bar (``controls``) to the core's model and plots."""
