"""How good the predictions are: the metrics panel, its marks on the plot, its exports."""
