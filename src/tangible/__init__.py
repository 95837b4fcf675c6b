"""tangible: an evidence ledger built from the news.

Pipeline: sources -> nlp -> resolve -> ledger, over one store layer.
"""

__version__ = "0.1.0"
__all__ = ["__version__"]
