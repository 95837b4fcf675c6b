"""Resolve 100,000 synthetic mentions; print the median time of 3 runs (target: under 60 s).

    python bench/bench_resolve.py [--mentions 100000] [--runs 3]
"""

from __future__ import annotations

import argparse
import random
import statistics
import time
from datetime import date, timedelta

from tangible.models import ActorRef, Attribution, Location, Mention
from tangible.resolve import DocFacts, Evidence, resolve

TYPES = ["ARREST", "OPERATION", "FINANCE", "DISMANTLE", "RESTRICT", "EXTRADITE", "ATTACK", "ASSURE", "DEMAND"]
PROVINCES = [("AF", p) for p in ("Kunar", "Nangarhar", "Khost", "Paktika", "Kabul", "Kandahar", "Helmand", "Badakhshan",
                                 "Kunduz", "Balkh", "Herat", "Zabul", "Ghazni", "Logar", "Laghman", "Nuristan")] + \
            [("PK", p) for p in ("Khyber Pakhtunkhwa", "Balochistan", "Punjab", "Sindh")]
GROUPS = ["ttp", "etim", "iskp", "bla", "hgb", "al-qaeda"]
PUBLISHERS = [f"Publisher {i}" for i in range(40)]
WORDS = ("forces detained suspected members militants raid compound district province officials said "
         "weapons seized explosives hideout killed commanders cell network border checkpoint attack").split()


def synthetic(n: int, seed: int = 7) -> list[Evidence]:
    rng = random.Random(seed)
    start = date(2025, 1, 1)
    out: list[Evidence] = []
    events = n // 3  # about three reports per real event
    for i in range(n):
        ev = rng.randrange(events)
        erng = random.Random(ev)
        etype = erng.choice(TYPES)
        country, province = erng.choice(PROVINCES)
        day = start + timedelta(days=erng.randrange(730))
        group = erng.choice(GROUPS)
        words = erng.sample(WORDS, 8) + rng.sample(WORDS, 3)
        publisher = rng.choice(PUBLISHERS)
        doc_id = f"d{i // 4:07d}"
        m = Mention(
            doc_id=doc_id, type=etype, modality="asserted" if rng.random() > 0.1 else "negated",
            sentence=" ".join(words) + f" in {province}.", char_span=(0, 80),
            source=ActorRef("taliban" if country == "AF" else "pakistan", "forces"),
            target=ActorRef(group, group), groups=[group],
            location=Location(province, country, province, precision="admin1") if rng.random() > 0.2 else None,
            date=day + timedelta(days=rng.choice((0, 0, 0, 1))) if rng.random() > 0.1 else None,
            date_precision="day", quantities={"arrested": erng.randrange(1, 20) + rng.choice((0, 0, -1))},
            attribution=Attribution("a spokesman", "spokesperson") if rng.random() > 0.7 else None,
            id=f"m{i:08d}",
        )
        out.append(Evidence(m, DocFacts(doc_id, publisher=publisher, published=day + timedelta(days=1))))
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--mentions", type=int, default=100_000)
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    evidence = synthetic(args.mentions)
    times = []
    for _ in range(args.runs):
        t0 = time.perf_counter()
        result = resolve(evidence)
        times.append(time.perf_counter() - t0)
    print(f"{args.mentions} mentions -> {len(result.incidents)} incidents; "
          f"median {statistics.median(times):.2f} s over {args.runs} runs (runs: {', '.join(f'{t:.2f}' for t in times)})")


if __name__ == "__main__":
    main()
