"""Verified Contacts: the domain core (models, provenance, check logic, review workflow, curated data).

Nothing here imports a web framework or an HTTP client: `service` and `scrapers` depend on this package,
never the reverse.
"""
