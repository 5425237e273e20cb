"""cpradmin: the CPR security officer's register, controls and documentation."""

__version__ = "0.1.0"
