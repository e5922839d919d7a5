"""The Neural Network tab: classify points in the plane and look inside every neuron."""
