"""The operations a user performs: the GUI and the command line both call these, nothing else."""
