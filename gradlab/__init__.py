"""gradlab: see backpropagation and gradient descent happen, one step at a time."""

__version__ = "0.1.0"
