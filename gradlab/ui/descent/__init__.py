"""The Gradient Descent tab: its wiring (tab), controls, plots and details (table and log)."""
