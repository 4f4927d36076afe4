"""Scrapers: one module per official source, each with a thin `fetch()` and a pure `parse(document)`.

A source module names itself (`NAME`), the page it reads (`URL`) and the provider it speaks for
(`PROVIDER`); `parse` turns a `base.Document` into `base.Candidate`s. `runner.run` compares them with
the registry: what still matches gains evidence, what changed or vanished becomes a proposal for review.
Scrapers import `registry`, never `service`: they change nothing published by themselves.
"""
