"""Parsers of web-proxy log formats, one module per format, and format detection."""
