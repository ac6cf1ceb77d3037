"""The command line: a thin shell over `workbench.services`."""
