"""gradlab's Qt user interface: wiring only; the computing lives in the pure packages."""
