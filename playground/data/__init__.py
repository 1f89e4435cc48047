"""The data panel, painting and data commands."""
