"""The application: the main window that composes the features, the CLI and the self-test."""
