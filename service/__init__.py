"""Adapters around the registry: the HTTP API, the CLI and the review pages."""
