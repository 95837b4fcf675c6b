"""Place names for Afghanistan and Pakistan (GeoNames, CC BY 4.0) plus country names.

``build_gazetteer(eval_dir)`` derives the compact file ``data/gazetteer.json`` from the GeoNames
extracts; ``load_gazetteer()`` reads it. Each entry: name, country, admin1, lat, lon, precision,
and the spelling variants it is matched by.
"""

from __future__ import annotations

import csv
import json
import re
from dataclasses import dataclass
from pathlib import Path

DATA_FILE = Path(__file__).parent / "data" / "gazetteer.json"
ATTRIBUTION = ("Place names and coordinates: GeoNames (https://www.geonames.org/), licensed under "
               "CC BY 4.0; derived subset for Afghanistan and Pakistan.")

COUNTRIES = [
    ("Afghanistan", "AF", 33.94, 67.71, ["Afghan soil", "Afghan territory", "Afghan"]),
    ("Pakistan", "PK", 30.38, 69.35, ["Pakistani territory", "Pakistani soil"]),
    ("China", "CN", 35.86, 104.20, []),
    ("India", "IN", 20.59, 78.96, []),
    ("Iran", "IR", 32.43, 53.69, []),
    ("Tajikistan", "TJ", 38.86, 71.28, []),
    ("Uzbekistan", "UZ", 41.38, 64.59, []),
    ("Turkmenistan", "TM", 38.97, 59.56, []),
    ("Qatar", "QA", 25.35, 51.18, []),
    ("Turkey", "TR", 38.96, 35.24, ["Türkiye", "Turkiye"]),
    ("Saudi Arabia", "SA", 23.89, 45.08, []),
    ("United Arab Emirates", "AE", 23.42, 53.85, ["UAE"]),
    ("Russia", "RU", 61.52, 105.32, []),
    ("United States", "US", 37.09, -95.71, []),
    ("Syria", "SY", 34.80, 38.99, []),
    ("Iraq", "IQ", 33.22, 43.68, []),
]
EXTRA = {  # admin1 id -> further spellings used in news
    "AF.27": ["Wardak", "Maidan Wardak"], "AF.33": ["Sar-e-Pul", "Sar-i-Pul", "Sari Pul"],
    "AF.39": ["Uruzgan", "Urozgan"], "AF.36": ["Paktiya", "Paktiya province"], "AF.37": ["Khost"],
    "AF.09": ["Ghor"], "AF.31": ["Jawzjan", "Jowzjan"], "AF.38": ["Nooristan"], "AF.41": ["Daikundi"],
    "AF.05": ["Bamiyan"], "AF.13": ["Kabul province"],
    "PK.03": ["KP", "KPK", "Khyber-Pakhtunkhwa", "Pakhtunkhwa", "NWFP", "North-West Frontier Province"],
    "PK.02": ["Baluchistan", "Balochistan province"], "PK.06": ["AJK", "Azad Jammu and Kashmir"],
    "PK.07": ["Gilgit Baltistan"], "PK.08": ["Islamabad Capital Territory"],
}
EXTRA_PLACES = [  # (name, country, admin1 id, lat, lon, precision, variants)
    ("North Waziristan", "PK", "PK.03", 32.99, 70.12, "admin2", ["N Waziristan", "North Waziristan district"]),
    ("South Waziristan", "PK", "PK.03", 32.30, 69.68, "admin2", ["S Waziristan", "South Waziristan district"]),
    ("Bajaur", "PK", "PK.03", 34.78, 71.52, "admin2", ["Bajaur district", "Bajaur Agency"]),
    ("Khyber district", "PK", "PK.03", 34.00, 71.20, "admin2", ["Khyber Agency", "Tirah", "Tirah valley"]),
    ("Kurram", "PK", "PK.03", 33.73, 70.20, "admin2", ["Kurram district", "Parachinar"]),
    ("Mohmand", "PK", "PK.03", 34.50, 71.35, "admin2", ["Mohmand district"]),
    ("Orakzai", "PK", "PK.03", 33.67, 70.97, "admin2", ["Orakzai district"]),
    ("Torkham", "AF", "AF.18", 34.11, 71.09, "point", ["Torkham border", "Torkham crossing"]),
    ("Chaman", "PK", "PK.02", 30.92, 66.45, "city", ["Chaman border"]),
    ("Spin Boldak", "AF", "AF.23", 31.01, 66.40, "city", ["Spin Buldak"]),
    ("Xinjiang", "CN", None, 41.12, 85.24, "admin1", ["Xinjiang Uyghur Autonomous Region"]),
    ("Wakhan", "AF", "AF.01", 37.05, 73.0, "admin2", ["Wakhan Corridor", "Wakhan corridor"]),
    ("Durand Line", "AF", None, 32.0, 69.5, "region", []),
]


@dataclass(frozen=True, slots=True)
class Place:
    name: str
    country: str
    admin1: str | None
    lat: float | None
    lon: float | None
    precision: str
    variants: tuple[str, ...]


_LATIN = re.compile(r"^[A-Za-z][A-Za-z' .\-]+$")
_BAD_VARIANTS = {"Shal", "Mian", "Bela", "Tank", "Rahim", "Dina", "Kot", "Pind", "Hub", "Mach", "Swabi Town",
                 "Mardan Town", "Kohat Town", "Shahr", "Eidgah", "Nowshera Cantonment", "Dera", "Bannu Town",
                 "Chak", "Gul", "Haripur Town", "Kalat Town", "Burewala Town", "Sibi Town", "Kabul City",
                 "Jacobabad City", "Nasir", "Loralai", "Zhob", "Sadiq", "Gujar", "Shah", "Kot Addu Town",
                 "Kalam", "Bela Town", "Daska Town"}
_COMMON = {"March", "Mardan Town", "Bela", "Lala", "Mian", "Tank", "Hub", "Pindi", "Chak", "Deo", "Vera",
           "Shah", "Nasir", "Islam", "Ali", "Taloqan Town", "Dunga", "Hala", "Khan", "Naushahro", "Bhalwal",
           "Digri", "Dera", "Kot", "Uch", "Mach", "Chitral Town"}


def _ascii(s: str) -> str:
    return s.strip()


def build_gazetteer(eval_dir: Path, out: Path = DATA_FILE) -> int:
    """Derive ``data/gazetteer.json`` from the GeoNames extracts under ``eval_dir``."""
    gdir = Path(eval_dir) / "gazetteer_af_pk"
    admin1: dict[str, str] = {}
    for row in csv.reader(open(gdir / "admin1_AF_PK.tsv", encoding="utf-8"), delimiter="\t"):
        admin1[row[0]] = row[2]
    cities = []
    coords_by_a1: dict[str, list[tuple[float, float]]] = {}
    for row in csv.reader(open(gdir / "cities15000_AF_PK_2012.tsv", encoding="utf-8"), delimiter="\t"):
        country, a1code = row[8], row[10]
        a1 = f"{country}.{a1code}"
        lat, lon = float(row[4]), float(row[5])
        coords_by_a1.setdefault(a1, []).append((lat, lon))
        variants = {row[2], row[1]}
        for alt in row[3].split(","):
            if _LATIN.match(alt) and len(alt) >= 5 and alt not in _BAD_VARIANTS and alt[0].isupper():
                variants.add(alt)
        variants = {v for v in variants if v not in _COMMON}
        cities.append([row[2], country, admin1.get(a1), lat, lon, "city", sorted(variants)[:12]])
    places = []
    for code, name in admin1.items():
        pts = coords_by_a1.get(code) or []
        lat = round(sum(p[0] for p in pts) / len(pts), 3) if pts else None
        lon = round(sum(p[1] for p in pts) / len(pts), 3) if pts else None
        variants = sorted({name, f"{name} province", f"{name} Province", *EXTRA.get(code, [])})
        places.append([name, code[:2], name, lat, lon, "admin1", variants])
    for row in csv.reader(open(gdir / "admin2_AF_PK.tsv", encoding="utf-8"), delimiter="\t"):
        code, name = row[0], row[2]
        a1 = admin1.get(".".join(code.split(".")[:2]))
        base = re.sub(r"\s+(District|Agency|Tahsil|Tehsil)$", "", name)
        if len(base) < 4 or base in _COMMON:
            continue
        variants = sorted({name, base, f"{base} district", f"{base} District"})
        places.append([base, code[:2], a1, None, None, "admin2", variants])
    for name, cc, a1, lat, lon, prec, var in EXTRA_PLACES:
        places.append([name, cc, admin1.get(a1) if a1 else None, lat, lon, prec, sorted({name, *var})])
    for name, cc, lat, lon, var in COUNTRIES:
        places.append([name, cc, None, lat, lon, "country", sorted({name, *var})])
    places.extend(cities)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps({"attribution": ATTRIBUTION, "places": places}, ensure_ascii=False,
                              separators=(",", ":")) + "\n", encoding="utf-8")
    return len(places)


def load_gazetteer(path: Path = DATA_FILE) -> list[Place]:
    data = json.loads(path.read_text(encoding="utf-8"))
    return [Place(p[0], p[1], p[2], p[3], p[4], p[5], tuple(p[6])) for p in data["places"]]
