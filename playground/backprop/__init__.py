"""Seeing backpropagation: the step-by-step walkthrough and the gradient panel."""
