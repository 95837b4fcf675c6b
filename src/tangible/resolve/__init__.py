"""Resolution: mentions of the same real-world event become one graded incident (DESIGN §5).

Pure logic: :func:`resolve` takes mentions with their documents' facts and returns incident
drafts; the store and services decide what to read and write.
"""

from tangible.resolve.cluster import ResolutionResult, ResolveOptions, Seed, incident_id, resolve
from tangible.resolve.grade import conservative_quantities, grade, independent_families
from tangible.resolve.records import DocFacts, Evidence, IncidentDraft
from tangible.resolve.sources import SourceBook

__all__ = [
    "resolve",
    "ResolveOptions",
    "ResolutionResult",
    "Seed",
    "incident_id",
    "grade",
    "independent_families",
    "conservative_quantities",
    "DocFacts",
    "Evidence",
    "IncidentDraft",
    "SourceBook",
]
