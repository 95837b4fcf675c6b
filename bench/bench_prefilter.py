"""Relevance prefilter speed on general news text (IndiaPoliceEvents full texts): articles/s.

Baseline in the same run: spaCy PhraseMatcher(attr="LOWER") with the same terms on a
tokenizer-only pipeline. Target: at least 1,000 articles/s on one core.

    python bench/bench_prefilter.py [--runs 5] [--repeat 4]
"""

from __future__ import annotations

import argparse

from _common import ipe_articles, median, ratio, report, timed


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--repeat", type=int, default=4, help="passes over the corpus per run")
    args = ap.parse_args()

    import spacy
    from spacy.matcher import PhraseMatcher

    from tangible.settings import Settings
    from tangible.services.relevance import RelevanceFilter, _words, get_filter

    texts = [r["text"] for r in ipe_articles()] * args.repeat
    words = sum(len(_words(t)) for t in texts)
    flt = get_filter(Settings())

    # baseline: the same terms in a spaCy PhraseMatcher over a tokenizer-only pipeline
    nlp = spacy.blank("en")
    matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
    terms = [" ".join((first, *tail)) for t in (flt._lower, flt._exact) for first, tails in t.by_first.items()
             for tail in tails]
    matcher.add("CASE", [nlp.make_doc(t) for t in terms])

    def ours():
        return sum(flt.is_relevant(t) for t in texts)

    def spacy_matcher():
        return sum(bool(matcher(doc)) for doc in nlp.tokenizer.pipe(texts, batch_size=256))

    ours_t, kept = timed(ours, args.runs)
    base_t, base_kept = timed(spacy_matcher, max(2, args.runs // 2))
    rate, base_rate = len(texts) / median(ours_t), len(texts) / median(base_t)
    report("prefilter", {
        "articles": len(texts), "words": words, "terms": flt.n_terms,
        "relevant_share": round(kept / len(texts), 3),
        "articles_per_second_median": round(rate), "words_per_second_median": round(words / median(ours_t)),
        "baseline_spacy_phrasematcher_articles_per_second": round(base_rate),
        "baseline_relevant_share": round(base_kept / len(texts), 3),
        "ratio_vs_baseline": ratio(rate, base_rate), "target_articles_per_second": 1000,
        "meets_target": rate >= 1000, "runs_seconds": [round(t, 3) for t in ours_t],
    })
    build = timed(lambda: RelevanceFilter(flt_case()), 3)[0]
    report("prefilter_build", {"seconds_median": round(median(build), 3)})


def flt_case():
    from tangible.case import load_case

    return load_case()


if __name__ == "__main__":
    main()
