"""Training off the GUI thread: the worker thread, the training process, and the client every feature talks to it through."""
