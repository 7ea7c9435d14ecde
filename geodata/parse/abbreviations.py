"""Abbreviations of US states in the news agencies' style ("W.Va.", "Calif."), as used after a
city's name in American news ("Charleston, W.Va."). ISO 3166-2 codes ("WV") come from the gazetteer.
"""

from __future__ import annotations

#: Abbreviation (dots kept, no spaces) -> ISO 3166-2 code of the state.
US_STATES: dict[str, str] = {
    "Ala.": "US-AL", "Ariz.": "US-AZ", "Ark.": "US-AR", "Calif.": "US-CA", "Cal.": "US-CA",
    "Colo.": "US-CO", "Conn.": "US-CT", "Del.": "US-DE", "Fla.": "US-FL", "Ga.": "US-GA",
    "Ill.": "US-IL", "Ind.": "US-IN", "Kan.": "US-KS", "Kans.": "US-KS", "Ky.": "US-KY",
    "La.": "US-LA", "Md.": "US-MD", "Mass.": "US-MA", "Mich.": "US-MI", "Minn.": "US-MN",
    "Miss.": "US-MS", "Mo.": "US-MO", "Mont.": "US-MT", "Neb.": "US-NE", "Nebr.": "US-NE",
    "Nev.": "US-NV", "N.H.": "US-NH", "N.J.": "US-NJ", "N.M.": "US-NM", "N.Y.": "US-NY",
    "N.C.": "US-NC", "N.D.": "US-ND", "Okla.": "US-OK", "Ore.": "US-OR", "Oreg.": "US-OR",
    "Pa.": "US-PA", "Penn.": "US-PA", "R.I.": "US-RI", "S.C.": "US-SC", "S.D.": "US-SD",
    "Tenn.": "US-TN", "Tex.": "US-TX", "Vt.": "US-VT", "Va.": "US-VA", "Wash.": "US-WA",
    "W.Va.": "US-WV", "Wis.": "US-WI", "Wisc.": "US-WI", "Wyo.": "US-WY", "D.C.": "US-DC",
}  # fmt: skip
