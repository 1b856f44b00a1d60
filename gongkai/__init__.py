"""gongkai — 政务公开平台."""

__version__ = "0.1.0"
