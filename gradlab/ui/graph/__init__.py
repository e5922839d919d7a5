"""The Graph tab: a computational graph built, drawn and walked step by step (see tab.py)."""
