"""What the JSON API and the pages share over HTTP: request dependencies and parameter types.

``tangible.api`` and ``tangible.web`` both import this package and never each other; ``tangible.server``
assembles them into one app.
"""
