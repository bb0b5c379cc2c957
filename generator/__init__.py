"""Doorstroomtoolkit: the Platform31 toolkit as YAML, and everything derived from it."""

__version__ = "0.1.0"
