"""papermill parameters for Java notebooks: the `parameters` cell's declarations are read, and the values
papermill is given become Java declarations of those types."""
