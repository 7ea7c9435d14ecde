"""Small hand-written tables the registry data lacks: macro-regions, water, mountains, short forms.

No registry package has "Naher Osten", "América Latina" or "Golf von Mexiko", so these tables
list them. Region geometry is never written here: a region names its member countries (ISO
alpha-2 codes, or Natural Earth subregions/continents) and the build derives its centre from
their polygons. Water bodies, rivers, mountain ranges, islands and cultural landscapes carry an
approximate point chosen for a map marker (a sea's or range's centre, a point on a river's
middle course, a landscape's centre). Rivers, ranges and landscapes are chosen by the general
rules their tables state, not by the names some text happens to use.

Names are keyed by language (``en``, ``de``, ``es``, ``fr``, ``pt``, ``it``); the first name of
each language is its preferred form. Where a region has a UN M49 code, the build adds the
CLDR names of that code in every language babel knows.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class RegionSpec:
    """A macro-region: its id slug, names per language, and how to find its member countries.

    ``members`` holds ISO alpha-2 codes and selectors ``"sub:NAME"`` (a Natural Earth
    subregion such as ``sub:Caribbean``) or ``"cont:NAME"`` (a Natural Earth continent);
    ``minus`` removes codes again. ``geonames`` is ``(id, lat, lon)`` of the GeoNames feature
    for the region where GeoNames has one: the region then takes that id and point, the
    convention cities and continents follow, instead of the centre of its members.
    """

    slug: str
    names: dict[str, tuple[str, ...]]
    members: tuple[str, ...]
    m49: str | None = None
    minus: tuple[str, ...] = ()
    geonames: tuple[int, float, float] | None = None


@dataclass(frozen=True, slots=True)
class WaterSpec:
    """A sea, ocean, gulf, lake or river with a representative point and names per language."""

    slug: str
    names: dict[str, tuple[str, ...]]
    lat: float
    lon: float
    country_codes: tuple[str, ...] = field(default=())


@dataclass(frozen=True, slots=True)
class SubnationalSpec:
    """A region made of whole admin-1 units: Natural Earth's ``geounit``, or codes.

    England, Scotland, Wales and Northern Ireland are the main case: Natural Earth's British
    admin-1 units are counties and council areas, grouped by ``geounit``. Where no geounit
    exists (Darfur), ``codes`` lists the ISO 3166-2 codes of the member units. A region across
    borders (Kashmir, Patagonia) has no ``country_code``: its countries are those of its units.
    """

    slug: str
    country_code: str | None
    geounit: str | None
    names: dict[str, tuple[str, ...]]
    codes: tuple[str, ...] = ()
    #: ``(id, lat, lon)`` of the GeoNames feature for the region, where GeoNames has one: its id
    #: and point are used instead of the centre of the member units (as for macro-regions)
    geonames: tuple[int, float, float] | None = None


SUBNATIONAL: tuple[SubnationalSpec, ...] = (
    SubnationalSpec("england", "GB", "England", {"en": ("England",), "de": ("England",), "es": ("Inglaterra",), "fr": ("Angleterre",), "pt": ("Inglaterra",), "it": ("Inghilterra",)}),
    SubnationalSpec("scotland", "GB", "Scotland", {"en": ("Scotland",), "de": ("Schottland",), "es": ("Escocia",), "fr": ("Écosse",), "pt": ("Escócia",), "it": ("Scozia",)}),
    SubnationalSpec("wales", "GB", "Wales", {"en": ("Wales",), "de": ("Wales",), "es": ("Gales", "País de Gales"), "fr": ("Pays de Galles",), "pt": ("País de Gales",), "it": ("Galles",)}),
    SubnationalSpec("northern-ireland", "GB", "Northern Ireland", {"en": ("Northern Ireland",), "de": ("Nordirland",), "es": ("Irlanda del Norte",), "fr": ("Irlande du Nord",), "pt": ("Irlanda do Norte",), "it": ("Irlanda del Nord",)}),
    SubnationalSpec("flanders", "BE", "Flemish Region", {"en": ("Flanders", "Flemish Region"), "de": ("Flandern",), "es": ("Flandes",), "fr": ("Flandre", "Région flamande"), "pt": ("Flandres",), "it": ("Fiandre",)}),
    SubnationalSpec("wallonia", "BE", "Walloon Region", {"en": ("Wallonia", "Walloon Region"), "de": ("Wallonien",), "es": ("Valonia",), "fr": ("Wallonie", "Région wallonne"), "pt": ("Valônia", "Valónia"), "it": ("Vallonia",)}),
    SubnationalSpec("iraqi-kurdistan", "IQ", "Iraqi Kurdistan", {"en": ("Iraqi Kurdistan", "Kurdistan Region"), "de": ("Irakisch-Kurdistan", "Autonome Region Kurdistan"), "es": ("Kurdistán iraquí",), "fr": ("Kurdistan irakien",), "pt": ("Curdistão iraquiano",), "it": ("Kurdistan iracheno",)}),
    SubnationalSpec("republika-srpska", "BA", "Republic Srpska", {"en": ("Republika Srpska",), "de": ("Republika Srpska",), "es": ("República Srpska",), "fr": ("République serbe de Bosnie",), "pt": ("República Sérvia",), "it": ("Repubblica Serba",)}),
    SubnationalSpec("vojvodina", "RS", "Vojvodina", {"en": ("Vojvodina",), "de": ("Vojvodina", "Wojwodina"), "es": ("Voivodina",), "fr": ("Voïvodine",), "pt": ("Voivodina",), "it": ("Voivodina",)}),
    SubnationalSpec("darfur", "SD", None, {"en": ("Darfur",), "de": ("Darfur",), "es": ("Darfur",), "fr": ("Darfour",), "pt": ("Darfur",), "it": ("Darfur",)}, ("SD-DE", "SD-DN", "SD-DS", "SD-DW"), (376731, 13.0, 25.0)),
    SubnationalSpec("kordofan", "SD", None, {"en": ("Kordofan",), "de": ("Kordofan",), "es": ("Kordofán",), "fr": ("Kordofan",), "pt": ("Cordofão",), "it": ("Kordofan",)}, ("SD-KN", "SD-KS")),
    SubnationalSpec("zanzibar", "TZ", "Zanzibar", {"en": ("Zanzibar",), "de": ("Sansibar",), "es": ("Zanzíbar",), "fr": ("Zanzibar",), "pt": ("Zanzibar",), "it": ("Zanzibar",)}),
    # the two German states of 1949-1990, as the Länder they became (Berlin with the East)
    SubnationalSpec("east-germany", "DE", None, {"en": ("East Germany",), "de": ("DDR", "Ostdeutschland"), "es": ("Alemania Oriental", "Alemania del Este"), "fr": ("Allemagne de l'Est",), "pt": ("Alemanha Oriental",), "it": ("Germania Est",)}, ("DE-BB", "DE-BE", "DE-MV", "DE-SN", "DE-ST", "DE-TH")),
    SubnationalSpec("west-germany", "DE", None, {"en": ("West Germany",), "de": ("Westdeutschland",), "es": ("Alemania Occidental",), "fr": ("Allemagne de l'Ouest",), "pt": ("Alemanha Ocidental",), "it": ("Germania Ovest",)}, ("DE-BW", "DE-BY", "DE-HB", "DE-HH", "DE-HE", "DE-NI", "DE-NW", "DE-RP", "DE-SL", "DE-SH")),
    # historical and cultural regions that news names and no admin-1 unit is: each the union of
    # the units that make it up today (Bohemia's kraje; Alsace's two departments). Vysočina,
    # split between Bohemia and Moravia, is counted with Moravia, where most of it lies.
    SubnationalSpec("bohemia", "CZ", None, {"en": ("Bohemia",), "de": ("Böhmen",), "es": ("Bohemia",), "fr": ("Bohême",), "pt": ("Boêmia", "Boémia"), "it": ("Boemia",)}, ("CZ-PR", "CZ-ST", "CZ-JC", "CZ-PL", "CZ-KA", "CZ-US", "CZ-LI", "CZ-KR", "CZ-PA")),
    SubnationalSpec("moravia", "CZ", None, {"en": ("Moravia",), "de": ("Mähren",), "es": ("Moravia",), "fr": ("Moravie",), "pt": ("Morávia",), "it": ("Moravia",)}, ("CZ-JM", "CZ-OL", "CZ-ZL", "CZ-MO", "CZ-VY")),
    SubnationalSpec("silesia", "PL", None, {"en": ("Silesia",), "de": ("Schlesien",), "es": ("Silesia",), "fr": ("Silésie",), "pt": ("Silésia",), "it": ("Slesia",)}, ("PL-DS", "PL-OP", "PL-SL")),
    SubnationalSpec("alsace", "FR", None, {"en": ("Alsace",), "de": ("Elsass", "Elsaß"), "es": ("Alsacia",), "fr": ("Alsace",), "pt": ("Alsácia",), "it": ("Alsazia",)}, ("FR-67", "FR-68")),
    SubnationalSpec("lorraine", "FR", None, {"en": ("Lorraine",), "de": ("Lothringen",), "es": ("Lorena",), "fr": ("Lorraine",), "pt": ("Lorena",), "it": ("Lorena",)}, ("FR-54", "FR-55", "FR-57", "FR-88")),
    SubnationalSpec("south-tyrol", "IT", None, {"en": ("South Tyrol",), "de": ("Südtirol",), "es": ("Tirol del Sur",), "fr": ("Tyrol du Sud",), "pt": ("Tirol do Sul",), "it": ("Alto Adige",)}, ("IT-BZ",)),
    SubnationalSpec("donbas", "UA", None, {"en": ("Donbas", "Donbass"), "de": ("Donbass", "Donezbecken"), "es": ("Donbás", "Dombás"), "fr": ("Donbass",), "pt": ("Donbass",), "it": ("Donbass",)}, ("UA-14", "UA-09")),
    SubnationalSpec("transylvania", "RO", None, {"en": ("Transylvania",), "de": ("Siebenbürgen", "Transsilvanien"), "es": ("Transilvania",), "fr": ("Transylvanie",), "pt": ("Transilvânia",), "it": ("Transilvania",)}, ("RO-AB", "RO-BN", "RO-BV", "RO-CJ", "RO-CV", "RO-HD", "RO-HR", "RO-MS", "RO-SB", "RO-SJ")),
    # Siberia as the Siberian Federal District's units with Buryatia and Zabaykalsky Krai
    SubnationalSpec("siberia", "RU", None, {"en": ("Siberia",), "de": ("Sibirien",), "es": ("Siberia",), "fr": ("Sibérie",), "pt": ("Sibéria",), "it": ("Siberia",)}, ("RU-ALT", "RU-AL", "RU-IRK", "RU-KEM", "RU-KYA", "RU-NVS", "RU-OMS", "RU-TOM", "RU-TY", "RU-KK", "RU-BU", "RU-ZAB")),
    SubnationalSpec("sinai", "EG", None, {"en": ("Sinai", "Sinai Peninsula"), "de": ("Sinai", "Sinai-Halbinsel"), "es": ("Sinaí", "península del Sinaí"), "fr": ("Sinaï",), "pt": ("Sinai", "Península do Sinai"), "it": ("Sinai",)}, ("EG-JS", "EG-SIN")),
    SubnationalSpec("java", "ID", None, {"en": ("Java",), "de": ("Java",), "es": ("Java",), "fr": ("Java",), "pt": ("Java",), "it": ("Giava",)}, ("ID-BT", "ID-JK", "ID-JB", "ID-JT", "ID-YO", "ID-JI")),
    SubnationalSpec("new-england", "US", None, {"en": ("New England",), "de": ("Neuengland",), "es": ("Nueva Inglaterra",), "fr": ("Nouvelle-Angleterre",), "pt": ("Nova Inglaterra",), "it": ("Nuova Inghilterra",)}, ("US-ME", "US-NH", "US-VT", "US-MA", "US-RI", "US-CT")),
    SubnationalSpec("midwest", "US", None, {"en": ("Midwest", "Middle West"), "de": ("Mittlerer Westen",), "es": ("Medio Oeste",), "fr": ("Midwest",), "pt": ("Meio-Oeste",), "it": ("Midwest",)}, ("US-IL", "US-IN", "US-IA", "US-KS", "US-MI", "US-MN", "US-MO", "US-NE", "US-ND", "US-OH", "US-SD", "US-WI")),
    SubnationalSpec("pacific-northwest", "US", None, {"en": ("Pacific Northwest",), "de": ("Pazifischer Nordwesten",), "es": ("Noroeste del Pacífico",), "fr": ("Nord-Ouest Pacifique",), "pt": ("Noroeste Pacífico",), "it": ("Pacifico nord-occidentale",)}, ("US-WA", "US-OR", "US-ID")),
    SubnationalSpec("kashmir", None, None, {"en": ("Kashmir",), "de": ("Kaschmir",), "es": ("Cachemira",), "fr": ("Cachemire",), "pt": ("Caxemira",), "it": ("Kashmir",)}, ("IN-JK", "IN-LA", "PK-JK", "PK-GB")),
    SubnationalSpec("patagonia", None, None, {"en": ("Patagonia",), "de": ("Patagonien",), "es": ("Patagonia",), "fr": ("Patagonie",), "pt": ("Patagônia", "Patagónia"), "it": ("Patagonia",)}, ("AR-Q", "AR-R", "AR-U", "AR-Z", "AR-V", "CL-AI", "CL-MA")),
)  # fmt: skip


LATIN_CARIBBEAN = ("CU", "DO", "PR", "HT", "GP", "MQ", "BL", "MF")

REGIONS: tuple[RegionSpec, ...] = (
    RegionSpec(
        "caribbean",
        {
            "en": ("Caribbean", "the Caribbean", "West Indies"),
            "de": ("Karibik", "Westindien"),
            "es": ("Caribe", "el Caribe", "Antillas"),
            "fr": ("Caraïbes", "Antilles"),
            "pt": ("Caribe", "Caraíbas"),
            "it": ("Caraibi",),
        },
        ("sub:Caribbean",),
        m49="029",
        geonames=(7729891, 20.38583, -72.33398),
    ),
    RegionSpec(
        "latin-america",
        {
            "en": ("Latin America",),
            "de": ("Lateinamerika",),
            "es": ("América Latina", "Latinoamérica", "Iberoamérica"),
            "fr": ("Amérique latine",),
            "pt": ("América Latina",),
            "it": ("America Latina",),
        },
        ("sub:Central America", "sub:South America", *LATIN_CARIBBEAN),
        m49="419",
        minus=("FK", "GS"),
        geonames=(7730009, -8.05923, -72.59766),
    ),
    RegionSpec(
        "central-america",
        {
            "en": ("Central America",),
            "de": ("Mittelamerika", "Zentralamerika"),
            "es": ("Centroamérica", "América Central"),
            "fr": ("Amérique centrale",),
            "pt": ("América Central",),
            "it": ("America centrale",),
        },
        # the isthmus from Guatemala and Belize to Panama, as news uses the name; UN M49 and
        # Natural Earth also count Mexico, which moves the centre into Mexico
        ("BZ", "GT", "SV", "HN", "NI", "CR", "PA"),
        m49="013",
        geonames=(7729892, 13.16031, -86.35531),
    ),
    RegionSpec(
        "middle-east",
        {
            "en": ("Middle East", "Mideast", "Near East"),
            "de": ("Naher Osten", "Nahost", "Mittlerer Osten", "Vorderer Orient"),
            "es": ("Oriente Medio", "Medio Oriente", "Oriente Próximo", "Cercano Oriente"),
            "fr": ("Moyen-Orient", "Proche-Orient"),
            "pt": ("Oriente Médio", "Médio Oriente"),
            "it": ("Medio Oriente", "Vicino Oriente"),
        },
        (
            "BH",
            "CY",
            "EG",
            "IR",
            "IQ",
            "IL",
            "JO",
            "KW",
            "LB",
            "OM",
            "PS",
            "QA",
            "SA",
            "SY",
            "TR",
            "AE",
            "YE",
        ),
        geonames=(6269133, 33.13906, 35.85869),
    ),
    RegionSpec(
        "gulf-states",
        {
            "en": ("Gulf states", "Gulf region", "Persian Gulf states"),
            "de": ("Golfstaaten", "Golfregion"),
            "es": ("países del Golfo", "monarquías del Golfo"),
            "fr": ("pays du Golfe",),
            "pt": ("países do Golfo",),
            "it": ("paesi del Golfo",),
        },
        ("BH", "KW", "OM", "QA", "SA", "AE"),
    ),
    RegionSpec(
        "maghreb",
        {
            "en": ("Maghreb",),
            "de": ("Maghreb",),
            "es": ("Magreb",),
            "fr": ("Maghreb",),
            "pt": ("Magrebe",),
            "it": ("Maghreb",),
        },
        ("MA", "DZ", "TN", "LY", "MR", "EH"),
    ),
    RegionSpec(
        "levant",
        {
            "en": ("Levant",),
            "de": ("Levante",),
            "es": ("Levante mediterráneo",),
            "fr": ("Levant",),
            "pt": ("Levante",),
            "it": ("Levante",),
        },
        ("SY", "LB", "IL", "PS", "JO"),
    ),
    RegionSpec(
        "balkans",
        {
            "en": ("Balkans", "the Balkans", "Western Balkans"),
            "de": ("Balkan", "Westbalkan"),
            "es": ("Balcanes",),
            "fr": ("Balkans",),
            "pt": ("Bálcãs", "Balcãs"),
            "it": ("Balcani",),
        },
        ("AL", "BA", "BG", "HR", "XK", "ME", "MK", "RS", "SI", "GR", "RO"),
    ),
    RegionSpec(
        "sahel",
        {
            "en": ("Sahel",),
            "de": ("Sahel", "Sahelzone"),
            "es": ("Sahel",),
            "fr": ("Sahel",),
            "pt": ("Sahel",),
            "it": ("Sahel",),
        },
        ("SN", "MR", "ML", "BF", "NE", "TD", "SD", "ER"),
    ),
    RegionSpec(
        "horn-of-africa",
        {
            "en": ("Horn of Africa",),
            "de": ("Horn von Afrika",),
            "es": ("Cuerno de África",),
            "fr": ("Corne de l'Afrique",),
            "pt": ("Corno de África", "Chifre da África"),
            "it": ("Corno d'Africa",),
        },
        ("SO", "ET", "ER", "DJ"),
    ),
    RegionSpec(
        "scandinavia",
        {
            "en": ("Scandinavia",),
            "de": ("Skandinavien",),
            "es": ("Escandinavia",),
            "fr": ("Scandinavie",),
            "pt": ("Escandinávia",),
            "it": ("Scandinavia",),
        },
        ("DK", "NO", "SE"),
    ),
    RegionSpec(
        "nordic-countries",
        {
            "en": ("Nordic countries", "the Nordics"),
            "de": ("Nordische Länder", "Nordeuropa"),
            "es": ("países nórdicos",),
            "fr": ("pays nordiques",),
            "pt": ("países nórdicos",),
            "it": ("paesi nordici",),
        },
        ("DK", "NO", "SE", "FI", "IS"),
    ),
    RegionSpec(
        "baltic-states",
        {
            "en": ("Baltic states", "the Baltics"),
            "de": ("Baltikum", "baltische Staaten"),
            "es": ("países bálticos",),
            "fr": ("pays baltes",),
            "pt": ("países bálticos",),
            "it": ("paesi baltici",),
        },
        ("EE", "LV", "LT"),
    ),
    RegionSpec(
        "caucasus",
        {
            "en": ("Caucasus", "South Caucasus"),
            "de": ("Kaukasus", "Südkaukasus"),
            "es": ("Cáucaso",),
            "fr": ("Caucase",),
            "pt": ("Cáucaso",),
            "it": ("Caucaso",),
        },
        ("AM", "AZ", "GE"),
        geonames=(615318, 42.0, 45.0),
    ),
    RegionSpec(
        "western-europe",
        {
            "en": ("Western Europe",),
            "de": ("Westeuropa",),
            "es": ("Europa Occidental",),
            "fr": ("Europe de l'Ouest",),
            "pt": ("Europa Ocidental",),
            "it": ("Europa occidentale",),
        },
        ("sub:Western Europe",),
        m49="155",
    ),
    RegionSpec(
        "eastern-europe",
        {
            "en": ("Eastern Europe",),
            "de": ("Osteuropa",),
            "es": ("Europa del Este", "Europa Oriental"),
            "fr": ("Europe de l'Est",),
            "pt": ("Europa Oriental", "Leste Europeu"),
            "it": ("Europa orientale",),
        },
        ("sub:Eastern Europe",),
        m49="151",
    ),
    RegionSpec(
        "central-europe",
        {
            "en": ("Central Europe",),
            "de": ("Mitteleuropa",),
            "es": ("Europa Central",),
            "fr": ("Europe centrale",),
            "pt": ("Europa Central",),
            "it": ("Europa centrale",),
        },
        ("DE", "AT", "CH", "PL", "CZ", "SK", "HU", "SI", "LI"),
    ),
    RegionSpec(
        "southern-europe",
        {
            "en": ("Southern Europe",),
            "de": ("Südeuropa",),
            "es": ("Europa del Sur", "Europa meridional"),
            "fr": ("Europe du Sud",),
            "pt": ("Europa Meridional",),
            "it": ("Europa meridionale",),
        },
        ("sub:Southern Europe",),
        m49="039",
    ),
    RegionSpec(
        "european-union",
        {
            "en": ("European Union",),
            "de": ("Europäische Union",),
            "es": ("Unión Europea",),
            "fr": ("Union européenne",),
            "pt": ("União Europeia",),
            "it": ("Unione europea",),
        },
        (
            "AT",
            "BE",
            "BG",
            "HR",
            "CY",
            "CZ",
            "DK",
            "EE",
            "FI",
            "FR",
            "DE",
            "GR",
            "HU",
            "IE",
            "IT",
            "LV",
            "LT",
            "LU",
            "MT",
            "NL",
            "PL",
            "PT",
            "RO",
            "SK",
            "SI",
            "ES",
            "SE",
        ),
        m49="EU",
        geonames=(6695072, 50.8386, 4.37599),
    ),
    RegionSpec(
        "north-africa",
        {
            "en": ("North Africa", "Northern Africa"),
            "de": ("Nordafrika",),
            "es": ("Norte de África", "África del Norte"),
            "fr": ("Afrique du Nord",),
            "pt": ("Norte de África", "África do Norte"),
            "it": ("Nordafrica", "Africa settentrionale"),
        },
        ("sub:Northern Africa",),
        m49="015",
    ),
    RegionSpec(
        "west-africa",
        {
            "en": ("West Africa",),
            "de": ("Westafrika",),
            "es": ("África Occidental",),
            "fr": ("Afrique de l'Ouest",),
            "pt": ("África Ocidental",),
            "it": ("Africa occidentale",),
        },
        ("sub:Western Africa",),
        m49="011",
    ),
    RegionSpec(
        "east-africa",
        {
            "en": ("East Africa",),
            "de": ("Ostafrika",),
            "es": ("África Oriental",),
            "fr": ("Afrique de l'Est",),
            "pt": ("África Oriental",),
            "it": ("Africa orientale",),
        },
        ("sub:Eastern Africa",),
        m49="014",
    ),
    RegionSpec(
        "southern-africa",
        {
            "en": ("Southern Africa",),
            "de": ("Südliches Afrika",),
            "es": ("África Austral", "África meridional"),
            "fr": ("Afrique australe",),
            "pt": ("África Austral",),
            "it": ("Africa meridionale",),
        },
        ("sub:Southern Africa",),
        m49="018",
    ),
    RegionSpec(
        "sub-saharan-africa",
        {
            "en": ("Sub-Saharan Africa",),
            "de": ("Subsahara-Afrika", "Afrika südlich der Sahara"),
            "es": ("África subsahariana",),
            "fr": ("Afrique subsaharienne",),
            "pt": ("África Subsaariana",),
            "it": ("Africa subsahariana",),
        },
        ("cont:Africa",),
        m49="202",
        minus=("MA", "DZ", "TN", "LY", "EG", "EH", "SD"),
    ),
    RegionSpec(
        "central-asia",
        {
            "en": ("Central Asia",),
            "de": ("Zentralasien", "Mittelasien"),
            "es": ("Asia Central",),
            "fr": ("Asie centrale",),
            "pt": ("Ásia Central",),
            "it": ("Asia centrale",),
        },
        ("sub:Central Asia",),
        m49="143",
    ),
    RegionSpec(
        "south-asia",
        {
            "en": ("South Asia",),
            "de": ("Südasien",),
            "es": ("Asia del Sur", "Asia meridional"),
            "fr": ("Asie du Sud",),
            "pt": ("Sul da Ásia", "Ásia Meridional"),
            "it": ("Asia meridionale",),
        },
        ("sub:Southern Asia",),
        m49="034",
    ),
    RegionSpec(
        "southeast-asia",
        {
            "en": ("Southeast Asia", "South-East Asia"),
            "de": ("Südostasien",),
            "es": ("Sudeste Asiático", "Sureste Asiático"),
            "fr": ("Asie du Sud-Est",),
            "pt": ("Sudeste Asiático",),
            "it": ("Sud-est asiatico",),
        },
        ("sub:South-Eastern Asia",),
        m49="035",
    ),
    RegionSpec(
        "east-asia",
        {
            "en": ("East Asia",),
            "de": ("Ostasien",),
            "es": ("Asia Oriental", "Extremo Oriente"),
            "fr": ("Asie de l'Est",),
            "pt": ("Ásia Oriental",),
            "it": ("Asia orientale",),
        },
        ("sub:Eastern Asia",),
        m49="030",
    ),
    RegionSpec(
        "arctic",
        {
            "en": ("Arctic",),
            "de": ("Arktis",),
            "es": ("Ártico",),
            "fr": ("Arctique",),
            "pt": ("Ártico",),
            "it": ("Artico",),
        },
        ("GL", "SJ"),
    ),
    RegionSpec(
        "americas",
        {
            "en": ("Americas", "the Americas"),
            "de": ("Amerika",),
            "es": ("América", "las Américas"),
            "fr": ("Amériques",),
            "pt": ("Américas",),
            "it": ("Americhe",),
        },
        ("cont:North America", "cont:South America"),
        m49="019",
    ),
    RegionSpec(
        "arabian-peninsula",
        {
            "en": ("Arabian Peninsula", "Arabia"),
            "de": ("Arabische Halbinsel",),
            "es": ("Península arábiga", "Península Arábiga"),
            "fr": ("Péninsule Arabique",),
            "pt": ("Península Arábica",),
            "it": ("Penisola arabica",),
        },
        ("SA", "YE", "OM", "AE", "QA", "BH", "KW"),
    ),
    RegionSpec(
        "iberian-peninsula",
        {
            "en": ("Iberian Peninsula", "Iberia"),
            "de": ("Iberische Halbinsel",),
            "es": ("Península ibérica", "Península Ibérica"),
            "fr": ("Péninsule Ibérique",),
            "pt": ("Península Ibérica",),
            "it": ("Penisola iberica",),
        },
        ("ES", "PT", "AD", "GI"),
    ),
    RegionSpec(
        "benelux",
        {
            "en": ("Benelux",),
            "de": ("Benelux", "Beneluxstaaten", "Benelux-Staaten"),
            "es": ("Benelux",),
            "fr": ("Benelux",),
            "pt": ("Benelux",),
            "it": ("Benelux",),
        },
        ("BE", "NL", "LU"),
    ),
    # the remaining UN M49 subregions Natural Earth assigns countries to
    RegionSpec(
        "central-africa",
        {
            "en": ("Central Africa", "Middle Africa"),
            "de": ("Zentralafrika",),
            "es": ("África Central",),
            "fr": ("Afrique centrale",),
            "pt": ("África Central",),
            "it": ("Africa centrale",),
        },
        ("sub:Middle Africa",),
        m49="017",
    ),
    RegionSpec(
        "northern-europe",
        {
            "en": ("Northern Europe",),
            "de": ("Nordeuropa",),
            "es": ("Europa del Norte", "Norte de Europa"),
            "fr": ("Europe du Nord",),
            "pt": ("Europa do Norte", "Norte da Europa"),
            "it": ("Europa settentrionale",),
        },
        ("sub:Northern Europe",),
        m49="154",
    ),
    RegionSpec(
        "western-asia",
        {
            "en": ("Western Asia", "West Asia"),
            "de": ("Westasien", "Vorderasien"),
            "es": ("Asia Occidental",),
            "fr": ("Asie de l'Ouest", "Asie occidentale"),
            "pt": ("Ásia Ocidental",),
            "it": ("Asia occidentale",),
        },
        ("sub:Western Asia",),
        m49="145",
    ),
    RegionSpec(
        "melanesia",
        {"en": ("Melanesia",), "de": ("Melanesien",), "es": ("Melanesia",), "fr": ("Mélanésie",)},
        ("sub:Melanesia",),
        m49="054",
    ),
    RegionSpec(
        "polynesia",
        {"en": ("Polynesia",), "de": ("Polynesien",), "es": ("Polinesia",), "fr": ("Polynésie",)},
        ("sub:Polynesia",),
        m49="061",
    ),
    # Former states that split into several of today's countries (ISO 3166-3 codes ending in
    # HH or XX), made of their successors; their ISO names and translations are added by the
    # build from pycountry (see HISTORIC_TARGETS), these are the everyday short forms.
    RegionSpec(
        "soviet-union",
        {
            "en": ("Soviet Union", "the Soviet Union"),
            "de": ("Sowjetunion",),
            "es": ("Unión Soviética", "la Unión Soviética"),
            "fr": ("Union soviétique",),
            "pt": ("União Soviética",),
            "it": ("Unione Sovietica",),
        },
        ("RU", "UA", "BY", "MD", "EE", "LV", "LT", "GE", "AM", "AZ", "KZ", "UZ", "TM", "KG", "TJ"),
    ),
    RegionSpec(
        "czechoslovakia",
        {
            "en": ("Czechoslovakia",),
            "pt": ("Checoslováquia", "Tchecoslováquia"),
            "it": ("Cecoslovacchia",),
        },
        ("CZ", "SK"),
    ),
    RegionSpec(
        "yugoslavia",
        {"en": ("Yugoslavia",), "pt": ("Jugoslávia", "Iugoslávia"), "it": ("Jugoslavia",)},
        ("SI", "HR", "BA", "RS", "ME", "MK", "XK"),
    ),
    RegionSpec(
        "serbia-and-montenegro",
        {
            "en": ("Serbia and Montenegro",),
            "pt": ("Sérvia e Montenegro",),
            "it": ("Serbia e Montenegro",),
        },
        ("RS", "ME", "XK"),
    ),
    RegionSpec(
        "netherlands-antilles",
        {
            "en": ("Netherlands Antilles",),
            "de": ("Niederländische Antillen",),
            "es": ("Antillas Neerlandesas",),
            "fr": ("Antilles néerlandaises",),
        },
        ("CW", "SX", "BQ"),
    ),
)

#: ISO 3166-3 alpha-4 codes of former countries -> the place their names go to, where that is
#: not the one current country named by the code's last two letters (BUMM: Burma -> MM). A
#: value ``None`` leaves the former country out: its successor is only part of today's country
#: (North Vietnam, South Yemen) or it was no country (the Neutral Zone, the trust territory).
HISTORIC_TARGETS: dict[str, str | None] = {
    "SUHH": "region:soviet-union",
    "CSHH": "region:czechoslovakia",
    "YUCS": "region:yugoslavia",
    "CSXX": "region:serbia-and-montenegro",
    "ANHH": "region:netherlands-antilles",
    "DDDE": "region:east-germany",
    "VDVN": None,
    "YDYE": None,
    "NTHH": None,
    "PCHH": None,
    "FQHH": None,
    "GEHH": None,
    "FXFR": None,
}


# fmt: off
WATER: tuple[WaterSpec, ...] = (
    WaterSpec("pacific-ocean", {"en": ("Pacific Ocean", "Pacific"), "de": ("Pazifik", "Pazifischer Ozean", "Stiller Ozean"), "es": ("Océano Pacífico", "Pacífico"), "fr": ("Océan Pacifique", "Pacifique"), "pt": ("Oceano Pacífico",), "it": ("Oceano Pacifico",)}, 0.0, -160.0),
    WaterSpec("atlantic-ocean", {"en": ("Atlantic Ocean", "Atlantic"), "de": ("Atlantik", "Atlantischer Ozean"), "es": ("Océano Atlántico", "Atlántico"), "fr": ("Océan Atlantique", "Atlantique"), "pt": ("Oceano Atlântico",), "it": ("Oceano Atlantico",)}, 10.0, -30.0),
    # the oceans' halves news name as places of their own ("im Nordatlantik"); the North
    # Atlantic at GeoNames' point
    WaterSpec("north-atlantic", {"en": ("North Atlantic", "North Atlantic Ocean"), "de": ("Nordatlantik",), "es": ("Atlántico Norte",), "fr": ("Atlantique Nord",), "pt": ("Atlântico Norte",), "it": ("Atlantico settentrionale",)}, 40.0, -40.0),
    WaterSpec("south-atlantic", {"en": ("South Atlantic", "South Atlantic Ocean"), "de": ("Südatlantik",), "es": ("Atlántico Sur",), "fr": ("Atlantique Sud",), "pt": ("Atlântico Sul",), "it": ("Atlantico meridionale",)}, -25.0, -15.0),
    WaterSpec("north-pacific", {"en": ("North Pacific", "North Pacific Ocean"), "de": ("Nordpazifik",), "es": ("Pacífico Norte",), "fr": ("Pacifique Nord",), "pt": ("Pacífico Norte",), "it": ("Pacifico settentrionale",)}, 30.0, -170.0),
    WaterSpec("south-pacific", {"en": ("South Pacific", "South Pacific Ocean"), "de": ("Südpazifik",), "es": ("Pacífico Sur",), "fr": ("Pacifique Sud",), "pt": ("Pacífico Sul",), "it": ("Pacifico meridionale",)}, -25.0, -130.0),
    WaterSpec("indian-ocean", {"en": ("Indian Ocean",), "de": ("Indischer Ozean", "Indik"), "es": ("Océano Índico", "Índico"), "fr": ("Océan Indien",), "pt": ("Oceano Índico",), "it": ("Oceano Indiano",)}, -20.0, 80.0),
    WaterSpec("arctic-ocean", {"en": ("Arctic Ocean",), "de": ("Arktischer Ozean", "Nordpolarmeer"), "es": ("Océano Ártico",), "fr": ("Océan Arctique",), "pt": ("Oceano Ártico",), "it": ("Oceano Artico",)}, 85.0, 0.0),
    WaterSpec("southern-ocean", {"en": ("Southern Ocean",), "de": ("Südpolarmeer", "Südlicher Ozean"), "es": ("Océano Antártico", "Océano Austral"), "fr": ("Océan Austral",), "pt": ("Oceano Antártico",), "it": ("Oceano Antartico",)}, -62.0, 0.0),
    # the Mediterranean between GeoNames' point (35 N 20 E) and Wikipedia's (35 N 18 E), within
    # 161 km of both
    WaterSpec("mediterranean-sea", {"en": ("Mediterranean Sea", "Mediterranean"), "de": ("Mittelmeer",), "es": ("Mar Mediterráneo", "Mediterráneo"), "fr": ("Mer Méditerranée", "Méditerranée"), "pt": ("Mar Mediterrâneo", "Mediterrâneo"), "it": ("Mar Mediterraneo", "Mediterraneo")}, 35.0, 19.0),
    WaterSpec("caribbean-sea", {"en": ("Caribbean Sea",), "de": ("Karibisches Meer",), "es": ("Mar Caribe", "Mar de las Antillas"), "fr": ("Mer des Caraïbes",), "pt": ("Mar do Caribe", "Mar das Caraíbas"), "it": ("Mar dei Caraibi",)}, 15.0, -75.0),
    WaterSpec("gulf-of-mexico", {"en": ("Gulf of Mexico", "Gulf of America"), "de": ("Golf von Mexiko",), "es": ("Golfo de México",), "fr": ("Golfe du Mexique",), "pt": ("Golfo do México",), "it": ("Golfo del Messico",)}, 25.0, -90.0, ("US", "MX", "CU")),
    WaterSpec("gulf-of-california", {"en": ("Gulf of California", "Sea of Cortez"), "de": ("Golf von Kalifornien",), "es": ("Golfo de California", "Mar de Cortés"), "fr": ("Golfe de Californie",), "pt": ("Golfo da Califórnia",), "it": ("Golfo di California",)}, 27.5, -111.5, ("MX",)),
    WaterSpec("rio-grande", {"en": ("Rio Grande",), "de": ("Rio Grande",), "es": ("Río Bravo", "Río Bravo del Norte", "Río Grande"), "fr": ("Rio Grande",), "pt": ("Rio Grande",), "it": ("Rio Grande",)}, 29.5, -104.0, ("US", "MX")),
    WaterSpec("red-sea", {"en": ("Red Sea",), "de": ("Rotes Meer", "Roten Meer"), "es": ("Mar Rojo",), "fr": ("Mer Rouge",), "pt": ("Mar Vermelho",), "it": ("Mar Rosso",)}, 20.0, 38.5),
    WaterSpec("persian-gulf", {"en": ("Persian Gulf", "Arabian Gulf"), "de": ("Persischer Golf",), "es": ("Golfo Pérsico",), "fr": ("Golfe Persique",), "pt": ("Golfo Pérsico",), "it": ("Golfo Persico",)}, 26.5, 52.0),
    WaterSpec("gulf-of-aden", {"en": ("Gulf of Aden",), "de": ("Golf von Aden",), "es": ("Golfo de Adén",), "fr": ("Golfe d'Aden",), "pt": ("Golfo de Áden",), "it": ("Golfo di Aden",)}, 12.5, 48.0),
    WaterSpec("strait-of-hormuz", {"en": ("Strait of Hormuz",), "de": ("Straße von Hormus",), "es": ("Estrecho de Ormuz",), "fr": ("Détroit d'Ormuz",), "pt": ("Estreito de Ormuz",), "it": ("Stretto di Hormuz",)}, 26.6, 56.3),
    WaterSpec("black-sea", {"en": ("Black Sea",), "de": ("Schwarzes Meer", "Schwarzen Meer"), "es": ("Mar Negro",), "fr": ("Mer Noire",), "pt": ("Mar Negro",), "it": ("Mar Nero",)}, 43.0, 34.0),
    WaterSpec("caspian-sea", {"en": ("Caspian Sea",), "de": ("Kaspisches Meer",), "es": ("Mar Caspio",), "fr": ("Mer Caspienne",), "pt": ("Mar Cáspio",), "it": ("Mar Caspio",)}, 41.5, 50.5),
    WaterSpec("baltic-sea", {"en": ("Baltic Sea",), "de": ("Ostsee",), "es": ("Mar Báltico",), "fr": ("Mer Baltique",), "pt": ("Mar Báltico",), "it": ("Mar Baltico",)}, 58.0, 20.0),
    WaterSpec("north-sea", {"en": ("North Sea",), "de": ("Nordsee",), "es": ("Mar del Norte",), "fr": ("Mer du Nord",), "pt": ("Mar do Norte",), "it": ("Mare del Nord",)}, 56.0, 3.0),
    WaterSpec("english-channel", {"en": ("English Channel",), "de": ("Ärmelkanal",), "es": ("Canal de la Mancha",), "fr": ("Manche",), "pt": ("Canal da Mancha",), "it": ("Canale della Manica",)}, 50.2, -1.0),
    WaterSpec("aegean-sea", {"en": ("Aegean Sea",), "de": ("Ägäis", "Ägäisches Meer"), "es": ("Mar Egeo",), "fr": ("Mer Égée",), "pt": ("Mar Egeu",), "it": ("Mar Egeo",)}, 39.0, 25.0),
    WaterSpec("adriatic-sea", {"en": ("Adriatic Sea",), "de": ("Adria", "Adriatisches Meer"), "es": ("Mar Adriático",), "fr": ("Mer Adriatique",), "pt": ("Mar Adriático",), "it": ("Mare Adriatico",)}, 43.0, 15.5),
    WaterSpec("south-china-sea", {"en": ("South China Sea",), "de": ("Südchinesisches Meer",), "es": ("Mar de la China Meridional", "Mar de China Meridional"), "fr": ("Mer de Chine méridionale",), "pt": ("Mar do Sul da China",), "it": ("Mar Cinese Meridionale",)}, 13.0, 114.0),
    WaterSpec("east-china-sea", {"en": ("East China Sea",), "de": ("Ostchinesisches Meer",), "es": ("Mar de la China Oriental",), "fr": ("Mer de Chine orientale",), "pt": ("Mar da China Oriental",), "it": ("Mar Cinese Orientale",)}, 29.0, 125.0),
    WaterSpec("sea-of-japan", {"en": ("Sea of Japan",), "de": ("Japanisches Meer",), "es": ("Mar de Japón",), "fr": ("Mer du Japon",), "pt": ("Mar do Japão",), "it": ("Mar del Giappone",)}, 40.0, 135.0),
    WaterSpec("taiwan-strait", {"en": ("Taiwan Strait",), "de": ("Taiwanstraße", "Straße von Taiwan"), "es": ("Estrecho de Taiwán",), "fr": ("Détroit de Taïwan",), "pt": ("Estreito de Taiwan",), "it": ("Stretto di Taiwan",)}, 24.0, 119.5),
    WaterSpec("arabian-sea", {"en": ("Arabian Sea",), "de": ("Arabisches Meer",), "es": ("Mar Arábigo",), "fr": ("Mer d'Arabie",), "pt": ("Mar Arábico",), "it": ("Mar Arabico",)}, 15.0, 65.0),
    WaterSpec("bay-of-bengal", {"en": ("Bay of Bengal",), "de": ("Golf von Bengalen",), "es": ("Golfo de Bengala",), "fr": ("Golfe du Bengale",), "pt": ("Golfo de Bengala",), "it": ("Golfo del Bengala",)}, 15.0, 88.0),
    WaterSpec("bering-sea", {"en": ("Bering Sea",), "de": ("Beringmeer",), "es": ("Mar de Bering",), "fr": ("Mer de Béring",), "pt": ("Mar de Bering",), "it": ("Mare di Bering",)}, 58.0, -178.0),
    WaterSpec("panama-canal", {"en": ("Panama Canal",), "de": ("Panamakanal",), "es": ("Canal de Panamá",), "fr": ("Canal de Panama",), "pt": ("Canal do Panamá",), "it": ("Canale di Panama",)}, 9.1, -79.7, ("PA",)),
    WaterSpec("suez-canal", {"en": ("Suez Canal",), "de": ("Suezkanal",), "es": ("Canal de Suez",), "fr": ("Canal de Suez",), "pt": ("Canal de Suez",), "it": ("Canale di Suez",)}, 30.6, 32.3, ("EG",)),
    WaterSpec("strait-of-gibraltar", {"en": ("Strait of Gibraltar",), "de": ("Straße von Gibraltar",), "es": ("Estrecho de Gibraltar",), "fr": ("Détroit de Gibraltar",), "pt": ("Estreito de Gibraltar",), "it": ("Stretto di Gibilterra",)}, 35.95, -5.6),
    WaterSpec("bosphorus", {"en": ("Bosphorus", "Bosporus"), "de": ("Bosporus",), "es": ("Bósforo",), "fr": ("Bosphore",), "pt": ("Bósforo",), "it": ("Bosforo",)}, 41.1, 29.05, ("TR",)),
    WaterSpec("lake-superior", {"en": ("Lake Superior",), "de": ("Oberer See",), "es": ("Lago Superior",), "fr": ("Lac Supérieur",), "pt": ("Lago Superior",), "it": ("Lago Superiore",)}, 47.7, -87.5, ("US", "CA")),
    WaterSpec("lake-michigan", {"en": ("Lake Michigan",), "de": ("Michigansee",), "es": ("Lago Míchigan", "Lago Michigan"), "fr": ("Lac Michigan",), "pt": ("Lago Michigan",), "it": ("Lago Michigan",)}, 44.0, -87.0, ("US",)),
    WaterSpec("lake-erie", {"en": ("Lake Erie",), "de": ("Eriesee",), "es": ("Lago Erie",), "fr": ("Lac Érié",), "pt": ("Lago Erie",), "it": ("Lago Erie",)}, 42.2, -81.2, ("US", "CA")),
    WaterSpec("lake-ontario", {"en": ("Lake Ontario",), "de": ("Ontariosee",), "es": ("Lago Ontario",), "fr": ("Lac Ontario",), "pt": ("Lago Ontário",), "it": ("Lago Ontario",)}, 43.7, -77.9, ("US", "CA")),
    WaterSpec("lake-huron", {"en": ("Lake Huron",), "de": ("Huronsee",), "es": ("Lago Hurón",), "fr": ("Lac Huron",), "pt": ("Lago Huron",), "it": ("Lago Huron",)}, 44.8, -82.4, ("US", "CA")),
    WaterSpec("great-lakes", {"en": ("Great Lakes",), "de": ("Große Seen",), "es": ("Grandes Lagos",), "fr": ("Grands Lacs",), "pt": ("Grandes Lagos",), "it": ("Grandi Laghi",)}, 45.5, -84.0, ("US", "CA")),
    WaterSpec("lake-victoria", {"en": ("Lake Victoria",), "de": ("Victoriasee",), "es": ("Lago Victoria",), "fr": ("Lac Victoria",), "pt": ("Lago Vitória",), "it": ("Lago Vittoria",)}, -1.0, 33.0),
    WaterSpec("lake-titicaca", {"en": ("Lake Titicaca",), "de": ("Titicacasee",), "es": ("Lago Titicaca",), "fr": ("Lac Titicaca",), "pt": ("Lago Titicaca",), "it": ("Lago Titicaca",)}, -15.8, -69.4, ("PE", "BO")),
    WaterSpec("lake-constance", {"en": ("Lake Constance",), "de": ("Bodensee",), "es": ("Lago de Constanza",), "fr": ("Lac de Constance",), "pt": ("Lago de Constança",), "it": ("Lago di Costanza",)}, 47.6, 9.4, ("DE", "AT", "CH")),
    WaterSpec("lake-geneva", {"en": ("Lake Geneva",), "de": ("Genfersee", "Genfer See"), "es": ("Lago Lemán",), "fr": ("Lac Léman", "Léman"), "pt": ("Lago Léman",), "it": ("Lago di Ginevra",)}, 46.45, 6.55, ("CH", "FR")),
    WaterSpec("dead-sea", {"en": ("Dead Sea",), "de": ("Totes Meer", "Toten Meer"), "es": ("Mar Muerto",), "fr": ("Mer Morte",), "pt": ("Mar Morto",), "it": ("Mar Morto",)}, 31.5, 35.5),
    WaterSpec("sea-of-galilee", {"en": ("Sea of Galilee",), "de": ("See Genezareth",), "es": ("Mar de Galilea",), "fr": ("Lac de Tibériade",), "pt": ("Mar da Galileia",), "it": ("Lago di Tiberiade",)}, 32.8, 35.6, ("IL",)),
    WaterSpec("mississippi-river", {"en": ("Mississippi River",), "de": ("Mississippi",), "es": ("Río Misisipi", "Río Mississippi"), "fr": ("Mississippi",), "pt": ("Rio Mississippi",), "it": ("Mississippi",)}, 35.0, -90.1, ("US",)),
    WaterSpec("missouri-river", {"en": ("Missouri River",), "de": ("Missouri River",), "es": ("Río Misuri",), "fr": ("Missouri (rivière)",), "pt": ("Rio Missouri",), "it": ("Fiume Missouri",)}, 41.0, -96.0, ("US",)),
    WaterSpec("colorado-river", {"en": ("Colorado River",), "de": ("Colorado River",), "es": ("Río Colorado",), "fr": ("Fleuve Colorado",), "pt": ("Rio Colorado",), "it": ("Fiume Colorado",)}, 36.0, -113.0, ("US", "MX")),
    WaterSpec("amazon-river", {"en": ("Amazon River", "Amazon"), "de": ("Amazonas",), "es": ("Río Amazonas", "Amazonas"), "fr": ("Amazone",), "pt": ("Rio Amazonas",), "it": ("Rio delle Amazzoni",)}, -3.2, -60.0, ("BR", "PE", "CO")),
    WaterSpec("rhine", {"en": ("Rhine",), "de": ("Rhein",), "es": ("Rin",), "fr": ("Rhin",), "pt": ("Reno",), "it": ("Reno",)}, 50.5, 7.6, ("DE", "NL", "CH", "FR")),
    WaterSpec("danube", {"en": ("Danube",), "de": ("Donau",), "es": ("Danubio",), "fr": ("Danube",), "pt": ("Danúbio",), "it": ("Danubio",)}, 45.0, 20.0),
    WaterSpec("elbe", {"en": ("Elbe",), "de": ("Elbe",), "es": ("Elba",), "fr": ("Elbe",), "pt": ("Elba",), "it": ("Elba",)}, 53.0, 11.0, ("DE", "CZ")),
    WaterSpec("nile", {"en": ("Nile", "Nile River"), "de": ("Nil",), "es": ("Nilo", "Río Nilo"), "fr": ("Nil",), "pt": ("Nilo", "Rio Nilo"), "it": ("Nilo",)}, 24.0, 32.9),
    WaterSpec("euphrates", {"en": ("Euphrates",), "de": ("Euphrat",), "es": ("Éufrates",), "fr": ("Euphrate",), "pt": ("Eufrates",), "it": ("Eufrate",)}, 34.5, 40.9),
    WaterSpec("tigris", {"en": ("Tigris",), "de": ("Tigris",), "es": ("Tigris",), "fr": ("Tigre (fleuve)",), "pt": ("Tigre (rio)",), "it": ("Tigri",)}, 34.0, 44.0),
    WaterSpec("jordan-river", {"en": ("Jordan River",), "de": ("Jordan (Fluss)",), "es": ("Río Jordán",), "fr": ("Jourdain",), "pt": ("Rio Jordão",), "it": ("Giordano (fiume)",)}, 32.3, 35.55),
    WaterSpec("yangtze", {"en": ("Yangtze", "Yangtze River"), "de": ("Jangtsekiang", "Jangtse"), "es": ("Yangtsé", "Río Yangtsé"), "fr": ("Yangzi Jiang",), "pt": ("Rio Yangtzé",), "it": ("Fiume Azzurro",)}, 30.6, 114.3, ("CN",)),
    WaterSpec("ganges", {"en": ("Ganges",), "de": ("Ganges",), "es": ("Ganges",), "fr": ("Gange",), "pt": ("Ganges",), "it": ("Gange",)}, 25.3, 83.0),
    WaterSpec("dnipro", {"en": ("Dnieper", "Dnipro"), "de": ("Dnepr", "Dnipro"), "es": ("Dniéper",), "fr": ("Dniepr",), "pt": ("Dniepre",), "it": ("Dnepr",)}, 47.5, 34.0),
)
# fmt: on

#: Rivers, by a general rule rather than by the names some text happens to use: (1) the world's
#: longest rivers (over about 2,500 km) and North America's over about 1,500 km; (2) Europe's
#: rivers over about 500 km; (3) the main rivers of Germany, Austria, Switzerland and Spain
#: (over about 250 km); (4) the river of each large European capital (the Thames, the Seine,
#: the Tiber, ...); (5) the main rivers of France and Italy (over about 250 km) and the United
#: States' long rivers (over about 600 km) with the Hudson and the Potomac. Rivers already in
#: :data:`WATER` are not repeated. Each has a point on its middle course (often a city on its
#: banks) and the countries it flows through. A language's name is left out where it is an
#: everyday word or another place's name there (German "Oder" stays, as the conjunction is
#: written in lower case, but the Polish "Wisła" is a town, French "Tage" a German noun, German
#: "Maas" a surname, "Moldau" and "Moldava" Moldova, Spanish "Sena" Siena and a Yemeni town;
#: a name matches in every language, whatever language it is given in), and names of three
#: letters or fewer such as "Inn", "Ems", "Ob" or "Po" are never matched alone: such a river
#: keeps an English name with "River" and the Spanish "río X", which the recogniser reads whole. Feature ``water``, ids ``water:SLUG``.
# fmt: off
RIVERS: tuple[WaterSpec, ...] = (
    # (1) the world's longest rivers not in WATER (Madeira, Purus and Tocantins are left out:
    # their names are chiefly a Portuguese island and a Brazilian state)
    WaterSpec("yenisei", {"en": ("Yenisei", "Yenisei River"), "de": ("Jenissei",), "es": ("Yeniséi", "río Yeniséi"), "fr": ("Ienisseï",), "pt": ("Ienissei",), "it": ("Enisej",)}, 61.6, 90.1, ("RU",)),
    WaterSpec("yellow-river", {"en": ("Yellow River", "Huang He"), "de": ("Gelber Fluss", "Huang He"), "es": ("río Amarillo", "Huang He"), "fr": ("fleuve Jaune",), "pt": ("rio Amarelo",), "it": ("fiume Giallo",)}, 36.15, 110.44, ("CN",)),
    WaterSpec("ob", {"en": ("Ob River",), "es": ("río Obi",), "fr": ("fleuve Ob",), "pt": ("rio Ob",), "it": ("fiume Ob",)}, 61.2, 73.4, ("RU",)),
    WaterSpec("irtysh", {"en": ("Irtysh", "Irtysh River"), "de": ("Irtysch",), "es": ("Irtish", "río Irtish"), "fr": ("Irtych",), "pt": ("Irtysh",), "it": ("Irtyš",)}, 54.98, 73.37, ("RU", "KZ", "CN")),
    WaterSpec("parana-river", {"en": ("Paraná River",), "de": ("Río Paraná",), "es": ("río Paraná",), "fr": ("fleuve Paraná",), "pt": ("rio Paraná",), "it": ("fiume Paraná",)}, -27.47, -58.85, ("AR", "BR", "PY")),
    WaterSpec("rio-de-la-plata", {"en": ("Río de la Plata", "River Plate"), "de": ("Río de la Plata",), "es": ("Río de la Plata",), "fr": ("Río de la Plata",), "pt": ("Rio da Prata",), "it": ("Río de la Plata",)}, -35.0, -57.3, ("AR", "UY")),
    WaterSpec("congo-river", {"en": ("Congo River",), "de": ("Kongo (Fluss)", "Kongofluss"), "es": ("río Congo",), "fr": ("fleuve Congo",), "pt": ("rio Congo",), "it": ("fiume Congo",)}, 0.05, 18.26, ("CD", "CG")),
    WaterSpec("amur-river", {"en": ("Amur River",), "es": ("río Amur",), "fr": ("fleuve Amour",), "pt": ("rio Amur",), "it": ("fiume Amur",)}, 50.27, 127.53, ("RU", "CN")),
    WaterSpec("lena-river", {"en": ("Lena River",), "es": ("río Lena",), "fr": ("fleuve Léna",), "pt": ("rio Lena",), "it": ("fiume Lena",)}, 62.03, 129.73, ("RU",)),
    WaterSpec("mekong", {"en": ("Mekong", "Mekong River"), "de": ("Mekong",), "es": ("Mekong", "río Mekong"), "fr": ("Mékong",), "pt": ("Mekong",), "it": ("Mekong",)}, 17.96, 102.6, ("CN", "MM", "LA", "TH", "KH", "VN")),
    WaterSpec("mackenzie-river", {"en": ("Mackenzie River",), "es": ("río Mackenzie",), "fr": ("fleuve Mackenzie",), "pt": ("rio Mackenzie",), "it": ("fiume Mackenzie",)}, 64.9, -125.57, ("CA",)),
    WaterSpec("niger-river", {"en": ("Niger River",), "de": ("Niger (Fluss)",), "es": ("río Níger",), "fr": ("fleuve Niger",), "pt": ("rio Níger",), "it": ("fiume Niger",)}, 13.51, 2.11, ("ML", "NE", "NG", "GN")),
    WaterSpec("murray-river", {"en": ("Murray River", "River Murray"), "es": ("río Murray",), "fr": ("fleuve Murray",), "pt": ("rio Murray",), "it": ("fiume Murray",)}, -34.19, 142.16, ("AU",)),
    WaterSpec("volga", {"en": ("Volga", "Volga River"), "de": ("Wolga",), "es": ("Volga", "río Volga"), "fr": ("Volga",), "pt": ("Volga",), "it": ("Volga",)}, 55.78, 49.0, ("RU",)),
    WaterSpec("indus", {"en": ("Indus", "Indus River"), "de": ("Indus",), "es": ("río Indo",), "fr": ("Indus",)}, 27.7, 68.86, ("PK", "IN", "CN")),
    WaterSpec("sao-francisco-river", {"en": ("São Francisco River",), "es": ("río São Francisco",), "pt": ("rio São Francisco",)}, -9.41, -40.5, ("BR",)),
    WaterSpec("yukon-river", {"en": ("Yukon River",), "es": ("río Yukón",), "fr": ("fleuve Yukon",), "pt": ("rio Yukon",), "it": ("fiume Yukon",)}, 65.17, -152.08, ("US", "CA")),
    WaterSpec("brahmaputra", {"en": ("Brahmaputra", "Brahmaputra River"), "de": ("Brahmaputra",), "es": ("Brahmaputra", "río Brahmaputra"), "fr": ("Brahmapoutre",), "pt": ("Bramaputra",), "it": ("Brahmaputra",)}, 26.2, 91.7, ("IN", "BD", "CN")),
    WaterSpec("syr-darya", {"en": ("Syr Darya",), "de": ("Syrdarja",), "es": ("Sir Daria",), "fr": ("Syr-Daria",), "pt": ("Sir Dária",), "it": ("Syr Darya",)}, 44.85, 65.5, ("KZ", "UZ", "TJ", "KG")),
    WaterSpec("amu-darya", {"en": ("Amu Darya",), "de": ("Amudarja",), "es": ("Amu Daria",), "fr": ("Amou-Daria",), "pt": ("Amu Dária",), "it": ("Amu Darya",)}, 39.07, 63.58, ("TM", "UZ", "AF", "TJ")),
    WaterSpec("orinoco", {"en": ("Orinoco", "Orinoco River"), "de": ("Orinoco",), "es": ("Orinoco", "río Orinoco"), "fr": ("Orénoque",), "pt": ("Orinoco",), "it": ("Orinoco",)}, 8.14, -63.55, ("VE", "CO")),
    WaterSpec("zambezi", {"en": ("Zambezi River",), "de": ("Sambesi",), "es": ("Zambeze", "río Zambeze"), "fr": ("Zambèze",), "pt": ("Zambeze", "rio Zambeze"), "it": ("Zambesi",)}, -17.92, 25.86, ("ZM", "ZW", "MZ", "AO")),
    WaterSpec("st-lawrence-river", {"en": ("St. Lawrence River", "Saint Lawrence River"), "de": ("Sankt-Lorenz-Strom",), "es": ("río San Lorenzo",), "fr": ("fleuve Saint-Laurent",), "pt": ("rio São Lourenço",), "it": ("fiume San Lorenzo",)}, 46.8, -71.2, ("CA", "US")),
    WaterSpec("irrawaddy", {"en": ("Irrawaddy River", "Ayeyarwady River"), "de": ("Irrawaddy",), "es": ("río Irrawaddy",), "fr": ("Irrawaddy",), "pt": ("rio Irauádi",), "it": ("Irrawaddy",)}, 21.98, 96.06, ("MM",)),
    # North America's rivers of over about 1,500 km that news names by their full names
    WaterSpec("ohio-river", {"en": ("Ohio River",), "es": ("río Ohio",), "fr": ("rivière Ohio",), "pt": ("rio Ohio",), "it": ("fiume Ohio",)}, 39.1, -84.51, ("US",)),
    WaterSpec("arkansas-river", {"en": ("Arkansas River",), "es": ("río Arkansas",)}, 38.0, -99.0, ("US",)),
    WaterSpec("columbia-river", {"en": ("Columbia River",), "es": ("río Columbia",), "fr": ("fleuve Columbia",)}, 46.23, -119.1, ("US", "CA")),
    WaterSpec("snake-river", {"en": ("Snake River",), "es": ("río Snake",)}, 43.6, -114.7, ("US",)),
    # (2) Europe's rivers of over about 500 km
    WaterSpec("ural-river", {"en": ("Ural River",), "es": ("río Ural",), "fr": ("fleuve Oural",), "pt": ("rio Ural",), "it": ("fiume Ural",)}, 51.77, 55.1, ("RU", "KZ")),
    # English "Don River" is Toronto's, "River Don" Yorkshire's: the Russian river's English
    # name is its canonical one only, never matched in English text
    WaterSpec("don-river", {"en": ("Don (Russia)",), "es": ("río Don",), "fr": ("fleuve Don",), "pt": ("rio Don",), "it": ("fiume Don",)}, 48.69, 43.53, ("RU",)),
    WaterSpec("pechora", {"en": ("Pechora River",), "de": ("Petschora",), "es": ("río Pechora",)}, 65.17, 57.2, ("RU",)),
    WaterSpec("kama", {"en": ("Kama River",), "es": ("río Kama",)}, 58.0, 56.25, ("RU",)),
    WaterSpec("oka", {"en": ("Oka River",), "es": ("río Oká",)}, 54.95, 38.0, ("RU",)),
    WaterSpec("dniester", {"en": ("Dniester", "Dniester River"), "de": ("Dnister", "Dnjestr"), "es": ("Dniéster", "río Dniéster"), "fr": ("Dniestr",), "pt": ("Dniestre",), "it": ("Dnestr",)}, 47.27, 29.16, ("UA", "MD")),
    WaterSpec("vistula", {"en": ("Vistula", "Vistula River"), "de": ("Weichsel",), "es": ("Vístula", "río Vístula"), "fr": ("Vistule",), "pt": ("Vístula",), "it": ("Vistola",)}, 52.24, 21.03, ("PL",)),
    WaterSpec("daugava", {"en": ("Daugava", "Western Dvina"), "de": ("Düna", "Daugava"), "es": ("Daugava", "Dvina Occidental"), "fr": ("Daugava", "Dvina occidentale"), "pt": ("Daugava",), "it": ("Daugava", "Dvina occidentale")}, 55.87, 26.52, ("LV", "BY", "RU")),
    WaterSpec("northern-dvina", {"en": ("Northern Dvina",), "de": ("Nördliche Dwina",), "es": ("Dvina Septentrional",), "fr": ("Dvina septentrionale",), "pt": ("Duína do Norte",), "it": ("Dvina Settentrionale",)}, 62.85, 42.7, ("RU",)),
    WaterSpec("loire", {"en": ("Loire", "Loire River"), "de": ("Loire",), "es": ("Loira", "río Loira"), "fr": ("Loire",), "pt": ("Loire",), "it": ("Loira",)}, 47.9, 1.9, ("FR",)),
    WaterSpec("tagus", {"en": ("Tagus", "Tagus River"), "de": ("Tajo",), "es": ("Tajo", "río Tajo"), "pt": ("Tejo", "rio Tejo"), "it": ("Tago",)}, 39.96, -4.83, ("ES", "PT")),
    WaterSpec("meuse", {"en": ("Meuse River",), "es": ("Mosa", "río Mosa"), "fr": ("fleuve Meuse",), "pt": ("Mosa",), "it": ("Mosa",)}, 50.47, 4.87, ("FR", "BE", "NL")),
    WaterSpec("ebro", {"en": ("Ebro", "Ebro River"), "de": ("Ebro",), "es": ("Ebro", "río Ebro"), "fr": ("Èbre",), "pt": ("Ebro",), "it": ("Ebro",)}, 41.66, -0.88, ("ES",)),
    WaterSpec("douro", {"en": ("Douro", "Douro River"), "de": ("Duero",), "es": ("Duero", "río Duero"), "fr": ("Douro",), "pt": ("Douro", "rio Douro"), "it": ("Duero",)}, 41.5, -5.75, ("ES", "PT")),
    WaterSpec("oder", {"en": ("Oder", "Oder River"), "de": ("Oder",), "es": ("Óder", "río Óder"), "fr": ("Oder",), "pt": ("Óder",), "it": ("Oder",)}, 52.35, 14.55, ("DE", "PL", "CZ")),
    WaterSpec("rhone", {"en": ("Rhône", "Rhone", "Rhône River"), "de": ("Rhone",), "es": ("Ródano", "río Ródano"), "fr": ("Rhône",), "pt": ("Ródano",), "it": ("Rodano",)}, 45.0, 4.85, ("FR", "CH")),
    WaterSpec("seine", {"en": ("Seine", "River Seine"), "de": ("Seine",), "es": ("río Sena",), "fr": ("Seine",)}, 48.86, 2.35, ("FR",)),
    WaterSpec("prut", {"en": ("Prut", "Prut River"), "de": ("Pruth",), "es": ("Prut", "río Prut"), "fr": ("Prout",), "pt": ("Prut",), "it": ("Prut",)}, 47.2, 27.8, ("RO", "MD", "UA")),
    WaterSpec("tisza", {"en": ("Tisza", "Tisza River"), "de": ("Theiß",), "es": ("Tisza", "río Tisza"), "fr": ("Tisza",), "pt": ("Tisza",), "it": ("Tibisco",)}, 47.17, 20.2, ("HU", "RS", "UA")),
    WaterSpec("neman", {"en": ("Neman", "Nemunas", "Neman River"), "de": ("Nemunas",), "es": ("Niemen", "río Niemen"), "fr": ("Niémen",), "pt": ("Neman",), "it": ("Nemunas",)}, 54.9, 23.9, ("LT", "BY", "RU")),
    WaterSpec("sava", {"en": ("Sava", "Sava River"), "es": ("Sava", "río Sava"), "pt": ("Sava",), "it": ("Sava",)}, 45.15, 18.0, ("SI", "HR", "BA", "RS")),
    WaterSpec("drava", {"en": ("Drava", "Drava River"), "de": ("Drau",), "es": ("Drava", "río Drava"), "fr": ("Drave",), "pt": ("Drava",), "it": ("Drava",)}, 46.56, 15.65, ("AT", "SI", "HR", "HU")),
    WaterSpec("warta", {"en": ("Warta River",), "de": ("Warthe",), "es": ("río Warta",)}, 52.41, 16.93, ("PL",)),
    WaterSpec("po", {"en": ("Po River",), "de": ("Po (Fluss)",), "es": ("río Po",), "fr": ("fleuve Pô",), "pt": ("rio Pó",), "it": ("fiume Po",)}, 45.12, 10.0, ("IT",)),
    WaterSpec("guadiana", {"en": ("Guadiana", "Guadiana River"), "de": ("Guadiana",), "es": ("Guadiana", "río Guadiana"), "fr": ("Guadiana",), "pt": ("Guadiana", "rio Guadiana"), "it": ("Guadiana",)}, 38.92, -6.34, ("ES", "PT")),
    WaterSpec("guadalquivir", {"en": ("Guadalquivir", "Guadalquivir River"), "de": ("Guadalquivir",), "es": ("Guadalquivir", "río Guadalquivir"), "fr": ("Guadalquivir",), "pt": ("Guadalquivir",), "it": ("Guadalquivir",)}, 37.88, -4.78, ("ES",)),
    WaterSpec("garonne", {"en": ("Garonne", "Garonne River"), "de": ("Garonne",), "es": ("Garona", "río Garona"), "fr": ("Garonne",), "pt": ("Garona",), "it": ("Garonna",)}, 44.2, 0.62, ("FR", "ES")),
    WaterSpec("moselle", {"en": ("Moselle River",), "de": ("Mosel",), "es": ("Mosela", "río Mosela"), "fr": ("la Moselle",), "pt": ("Mosela",), "it": ("Mosella",)}, 49.47, 6.36, ("FR", "LU", "DE")),
    WaterSpec("main", {"en": ("Main River", "River Main"), "de": ("Main",), "es": ("Meno", "río Meno"), "it": ("Meno",)}, 49.79, 9.93, ("DE",)),
    WaterSpec("inn", {"en": ("Inn River",), "es": ("río Inn",)}, 47.27, 11.39, ("AT", "DE", "CH")),
    WaterSpec("marne", {"en": ("Marne", "Marne River"), "de": ("Marne",), "es": ("Marne", "río Marne"), "fr": ("Marne",), "pt": ("Marne",), "it": ("Marna",)}, 49.05, 3.95, ("FR",)),
    WaterSpec("southern-bug", {"en": ("Southern Bug",), "de": ("Südlicher Bug",), "es": ("Bug Meridional",), "fr": ("Boug méridional",), "it": ("Bug Meridionale",)}, 48.75, 30.2, ("UA",)),
    WaterSpec("western-bug", {"en": ("Western Bug",), "de": ("Westlicher Bug",), "es": ("Bug Occidental",), "fr": ("Boug occidental",), "it": ("Bug Occidentale",)}, 52.1, 23.65, ("PL", "UA", "BY")),
    WaterSpec("kuban-river", {"en": ("Kuban River",), "es": ("río Kubán",)}, 45.05, 39.0, ("RU",)),
    WaterSpec("berezina", {"en": ("Berezina", "Berezina River"), "de": ("Beresina",), "es": ("Berézina", "río Berézina"), "fr": ("Bérézina",), "it": ("Beresina",)}, 53.15, 29.2, ("BY",)),
    # (3) the main rivers of Germany, Austria, Switzerland and Spain (those above aside)
    WaterSpec("weser", {"en": ("Weser", "Weser River"), "de": ("Weser",), "es": ("Weser", "río Weser"), "fr": ("Weser",), "pt": ("Weser",), "it": ("Weser",)}, 52.28, 8.92, ("DE",)),
    WaterSpec("werra", {"en": ("Werra River",), "de": ("Werra",), "es": ("río Werra",)}, 50.81, 10.23, ("DE",)),
    WaterSpec("neckar", {"en": ("Neckar", "Neckar River"), "de": ("Neckar",), "es": ("Neckar", "río Neckar"), "fr": ("Neckar",), "pt": ("Neckar",), "it": ("Neckar",)}, 48.94, 9.26, ("DE",)),
    WaterSpec("saale", {"en": ("Saale", "Saale River"), "de": ("Saale",), "es": ("Saale", "río Saale"), "fr": ("Saale",), "pt": ("Saale",), "it": ("Saale",)}, 50.93, 11.59, ("DE",)),
    WaterSpec("spree", {"en": ("Spree River", "River Spree"), "de": ("Spree",), "es": ("río Spree",), "it": ("Sprea",)}, 51.87, 13.96, ("DE",)),
    WaterSpec("havel", {"en": ("Havel River", "River Havel"), "de": ("Havel",), "es": ("río Havel",)}, 52.39, 12.93, ("DE",)),
    WaterSpec("isar", {"en": ("Isar River", "River Isar"), "de": ("Isar",), "es": ("Isar", "río Isar"), "fr": ("Isar",), "pt": ("Isar",), "it": ("Isar",)}, 48.4, 11.75, ("DE",)),
    WaterSpec("aare", {"en": ("Aare", "Aare River"), "de": ("Aare",), "es": ("río Aar",)}, 47.21, 7.53, ("CH",)),
    WaterSpec("jucar", {"en": ("Júcar River",), "de": ("Júcar",), "es": ("Júcar", "río Júcar"), "fr": ("Júcar",), "pt": ("Júcar",), "it": ("Júcar",)}, 39.2, -1.6, ("ES",)),
    WaterSpec("segura", {"en": ("Segura River",), "es": ("río Segura",)}, 38.08, -1.3, ("ES",)),
    WaterSpec("mino", {"en": ("Miño", "Minho River"), "de": ("Miño",), "es": ("Miño", "río Miño"), "fr": ("Minho",), "pt": ("Minho", "rio Minho"), "it": ("Miño",)}, 42.34, -7.86, ("ES", "PT")),
    WaterSpec("genil", {"en": ("Genil River",), "es": ("Genil", "río Genil")}, 37.3, -4.5, ("ES",)),
    WaterSpec("tormes", {"en": ("Tormes River",), "es": ("Tormes", "río Tormes")}, 40.96, -5.66, ("ES",)),
    WaterSpec("esla", {"en": ("Esla River",), "es": ("Esla", "río Esla")}, 42.1, -5.55, ("ES",)),
    WaterSpec("pisuerga", {"en": ("Pisuerga River",), "es": ("Pisuerga", "río Pisuerga")}, 41.9, -4.45, ("ES",)),
    WaterSpec("turia", {"en": ("Turia River",), "es": ("Turia", "río Turia")}, 39.6, -0.95, ("ES",)),
    WaterSpec("segre", {"en": ("Segre River",), "es": ("río Segre",)}, 41.8, 1.0, ("ES", "FR")),
    # (4) the rivers of Europe's large capitals not named above
    WaterSpec("thames", {"en": ("Thames", "River Thames"), "de": ("Themse",), "es": ("Támesis", "río Támesis"), "fr": ("Tamise",), "pt": ("Tâmisa",), "it": ("Tamigi",)}, 51.5, -0.12, ("GB",)),
    WaterSpec("tiber", {"en": ("Tiber", "Tiber River"), "de": ("Tiber",), "es": ("Tíber", "río Tíber"), "fr": ("Tibre",), "pt": ("Tibre",), "it": ("Tevere",)}, 41.9, 12.47, ("IT",)),
    WaterSpec("vltava", {"en": ("Vltava", "Vltava River"), "de": ("Vltava",), "es": ("río Moldava",), "fr": ("Vltava",)}, 50.08, 14.41, ("CZ",)),
    WaterSpec("liffey", {"en": ("Liffey", "River Liffey"), "de": ("Liffey",), "es": ("Liffey", "río Liffey"), "fr": ("Liffey",), "pt": ("Liffey",), "it": ("Liffey",)}, 53.35, -6.27, ("IE",)),
    WaterSpec("neva", {"en": ("Neva River",), "de": ("Newa",), "es": ("Nevá", "río Nevá"), "fr": ("Neva",), "pt": ("rio Neva",), "it": ("Neva",)}, 59.94, 30.31, ("RU",)),
    WaterSpec("moskva-river", {"en": ("Moskva River",), "es": ("río Moscova",), "fr": ("Moskova",), "pt": ("rio Moscou",), "it": ("Moscova",)}, 55.74, 37.6, ("RU",)),
    # France's and Italy's main rivers (over about 250 km) besides those above
    WaterSpec("saone", {"en": ("Saône", "Saône River"), "de": ("Saône",), "es": ("río Saona",), "fr": ("Saône",), "it": ("Saona",)}, 46.78, 4.85, ("FR",)),
    WaterSpec("adige", {"en": ("Adige", "Adige River"), "de": ("Etsch",), "es": ("Adigio", "río Adigio"), "fr": ("Adige",), "it": ("Adige",)}, 46.2, 11.1, ("IT",)),
    WaterSpec("arno", {"en": ("Arno River", "River Arno"), "es": ("río Arno",), "it": ("Arno",)}, 43.77, 11.25, ("IT",)),
    # the United States' long rivers news names with "River" (and the Hudson and the Potomac,
    # New York's and Washington's rivers, as the capitals' rivers of Europe above)
    WaterSpec("tennessee-river", {"en": ("Tennessee River",), "es": ("río Tennessee",)}, 35.05, -85.3, ("US",)),
    WaterSpec("cumberland-river", {"en": ("Cumberland River",), "es": ("río Cumberland",)}, 36.16, -86.78, ("US",)),
    WaterSpec("platte-river", {"en": ("Platte River",), "es": ("río Platte",)}, 40.7, -99.0, ("US",)),
    WaterSpec("brazos-river", {"en": ("Brazos River",), "es": ("río Brazos",)}, 31.55, -97.13, ("US",)),
    WaterSpec("pecos-river", {"en": ("Pecos River",), "es": ("río Pecos",)}, 31.4, -103.45, ("US",)),
    WaterSpec("canadian-river", {"en": ("Canadian River",), "es": ("río Canadian",)}, 35.5, -99.0, ("US",)),
    WaterSpec("yellowstone-river", {"en": ("Yellowstone River",), "es": ("río Yellowstone",)}, 46.2, -107.5, ("US",)),
    WaterSpec("kansas-river", {"en": ("Kansas River",), "es": ("río Kansas",)}, 39.05, -96.0, ("US",)),
    WaterSpec("wabash-river", {"en": ("Wabash River",), "es": ("río Wabash",)}, 40.0, -87.4, ("US",)),
    WaterSpec("susquehanna-river", {"en": ("Susquehanna River",), "es": ("río Susquehanna",)}, 40.27, -76.89, ("US",)),
    WaterSpec("connecticut-river", {"en": ("Connecticut River",), "es": ("río Connecticut",)}, 42.6, -72.55, ("US",)),
    WaterSpec("sacramento-river", {"en": ("Sacramento River",), "es": ("río Sacramento",)}, 39.2, -122.0, ("US",)),
    WaterSpec("illinois-river", {"en": ("Illinois River",), "es": ("río Illinois",)}, 40.7, -89.6, ("US",)),
    WaterSpec("hudson-river", {"en": ("Hudson River",), "de": ("Hudson River",), "es": ("río Hudson",), "fr": ("fleuve Hudson",), "it": ("fiume Hudson",)}, 41.7, -73.95, ("US",)),
    WaterSpec("potomac-river", {"en": ("Potomac River",), "de": ("Potomac River",), "es": ("río Potomac",), "fr": ("fleuve Potomac",), "it": ("fiume Potomac",)}, 38.87, -77.05, ("US",)),
)
# fmt: on


#: Lakes, by a general rule: (1) the world's largest lakes (over about 8,000 km²); (2) Europe's
#: lakes over about 100 km²; (3) the lakes of Germany, Austria and Switzerland over about
#: 10 km²; (4) the United States' lakes over about 1,000 km² (besides the Great Lakes) and its
#: two largest reservoirs. Lakes already in :data:`WATER` are not repeated. Each has a point on
#: the lake; feature ``water``, ids ``water:SLUG``. German lake names are compounds or two words
#: ("Chiemsee", "Starnberger See") that name nothing else; a town of the lake's name (Tegernsee)
#: lies on its shore.
LAKES: tuple[WaterSpec, ...] = (
    # (1) the world's largest lakes
    WaterSpec("lake-tanganyika", {"en": ("Lake Tanganyika",), "de": ("Tanganjikasee",), "es": ("lago Tanganica",), "fr": ("lac Tanganyika",), "pt": ("lago Tanganica",), "it": ("lago Tanganica",)}, -6.0, 29.5, ("TZ", "CD", "BI", "ZM")),
    WaterSpec("lake-baikal", {"en": ("Lake Baikal",), "de": ("Baikalsee",), "es": ("lago Baikal",), "fr": ("lac Baïkal",), "pt": ("lago Baikal",), "it": ("lago Bajkal",)}, 53.5, 108.0, ("RU",)),
    WaterSpec("lake-malawi", {"en": ("Lake Malawi", "Lake Nyasa"), "de": ("Malawisee",), "es": ("lago Malaui", "lago Malawi"), "fr": ("lac Malawi",), "pt": ("lago Niassa",), "it": ("lago Malawi",)}, -12.0, 34.6, ("MW", "MZ", "TZ")),
    WaterSpec("great-bear-lake", {"en": ("Great Bear Lake",), "de": ("Großer Bärensee",), "es": ("Gran Lago del Oso",), "fr": ("Grand lac de l'Ours",)}, 66.0, -121.0, ("CA",)),
    WaterSpec("great-slave-lake", {"en": ("Great Slave Lake",), "de": ("Großer Sklavensee",), "es": ("Gran Lago del Esclavo",), "fr": ("Grand lac des Esclaves",)}, 61.7, -114.0, ("CA",)),
    WaterSpec("lake-winnipeg", {"en": ("Lake Winnipeg",), "de": ("Winnipegsee",), "es": ("lago Winnipeg",), "fr": ("lac Winnipeg",)}, 52.5, -97.5, ("CA",)),
    WaterSpec("lake-ladoga", {"en": ("Lake Ladoga",), "de": ("Ladogasee",), "es": ("lago Ladoga",), "fr": ("lac Ladoga",), "pt": ("lago Ladoga",), "it": ("lago Ladoga",)}, 61.0, 31.5, ("RU",)),
    WaterSpec("lake-balkhash", {"en": ("Lake Balkhash",), "de": ("Balchaschsee",), "es": ("lago Baljash",), "fr": ("lac Balkhach",)}, 46.5, 75.0, ("KZ",)),
    WaterSpec("lake-onega", {"en": ("Lake Onega",), "de": ("Onegasee",), "es": ("lago Onega",), "fr": ("lac Onega",), "it": ("lago Onega",)}, 61.7, 35.5, ("RU",)),
    WaterSpec("lake-nicaragua", {"en": ("Lake Nicaragua",), "de": ("Nicaraguasee",), "es": ("lago de Nicaragua", "lago Cocibolca"), "fr": ("lac Nicaragua",), "it": ("lago Nicaragua",)}, 11.6, -85.4, ("NI",)),
    WaterSpec("aral-sea", {"en": ("Aral Sea",), "de": ("Aralsee",), "es": ("mar de Aral",), "fr": ("mer d'Aral",), "pt": ("mar de Aral",), "it": ("lago d'Aral",)}, 45.0, 59.5, ("KZ", "UZ")),
    WaterSpec("lake-chad", {"en": ("Lake Chad",), "de": ("Tschadsee",), "es": ("lago Chad",), "fr": ("lac Tchad",), "pt": ("lago Chade",), "it": ("lago Ciad",)}, 13.3, 14.1, ("TD", "CM", "NG", "NE")),
    WaterSpec("lake-turkana", {"en": ("Lake Turkana",), "de": ("Turkana-See", "Turkanasee"), "es": ("lago Turkana",), "fr": ("lac Turkana",)}, 3.6, 36.1, ("KE", "ET")),
    WaterSpec("lake-volta", {"en": ("Lake Volta",), "de": ("Voltasee",), "es": ("lago Volta",), "fr": ("lac Volta",)}, 7.5, -0.1, ("GH",)),
    # (2) Europe's lakes of over about 100 km²
    WaterSpec("vanern", {"en": ("Lake Vänern", "Vänern"), "de": ("Vänern", "Vänersee"), "es": ("lago Vänern",), "fr": ("lac Vänern",)}, 58.9, 13.2, ("SE",)),
    WaterSpec("vattern", {"en": ("Lake Vättern", "Vättern"), "de": ("Vättern", "Vättersee"), "es": ("lago Vättern",), "fr": ("lac Vättern",)}, 58.4, 14.6, ("SE",)),
    WaterSpec("saimaa", {"en": ("Lake Saimaa", "Saimaa"), "de": ("Saimaa",), "es": ("lago Saimaa",), "fr": ("lac Saimaa",)}, 61.3, 28.1, ("FI",)),
    WaterSpec("lake-peipus", {"en": ("Lake Peipus",), "de": ("Peipussee",), "es": ("lago Peipus",), "fr": ("lac Peïpous",)}, 58.7, 27.5, ("EE", "RU")),
    WaterSpec("lake-balaton", {"en": ("Lake Balaton",), "de": ("Plattensee", "Balaton"), "es": ("lago Balaton",), "fr": ("lac Balaton",), "it": ("lago Balaton",)}, 46.85, 17.75, ("HU",)),
    WaterSpec("lough-neagh", {"en": ("Lough Neagh",), "de": ("Lough Neagh",), "es": ("Lough Neagh",)}, 54.6, -6.45, ("GB",)),
    WaterSpec("loch-ness", {"en": ("Loch Ness",), "de": ("Loch Ness",), "es": ("lago Ness", "Loch Ness"), "fr": ("loch Ness",), "it": ("Loch Ness",)}, 57.3, -4.45, ("GB",)),
    WaterSpec("lake-garda", {"en": ("Lake Garda",), "de": ("Gardasee",), "es": ("lago de Garda",), "fr": ("lac de Garde",), "it": ("lago di Garda",)}, 45.65, 10.67, ("IT",)),
    WaterSpec("lake-maggiore", {"en": ("Lake Maggiore",), "de": ("Lago Maggiore",), "es": ("lago Mayor",), "fr": ("lac Majeur",), "it": ("Lago Maggiore",)}, 45.95, 8.65, ("IT", "CH")),
    WaterSpec("lake-como", {"en": ("Lake Como",), "de": ("Comer See", "Comersee"), "es": ("lago de Como",), "fr": ("lac de Côme",), "it": ("lago di Como", "Lario")}, 46.0, 9.27, ("IT",)),
    WaterSpec("lake-neusiedl", {"en": ("Lake Neusiedl",), "de": ("Neusiedler See",), "es": ("lago Neusiedl",), "fr": ("lac de Neusiedl",), "it": ("lago di Neusiedl",)}, 47.83, 16.75, ("AT", "HU")),
    WaterSpec("lake-neuchatel", {"en": ("Lake Neuchâtel",), "de": ("Neuenburgersee", "Neuenburger See"), "es": ("lago de Neuchâtel",), "fr": ("lac de Neuchâtel",), "it": ("lago di Neuchâtel",)}, 46.9, 6.85, ("CH",)),
    WaterSpec("lake-lucerne", {"en": ("Lake Lucerne",), "de": ("Vierwaldstättersee", "Vierwaldstätter See"), "es": ("lago de los Cuatro Cantones",), "fr": ("lac des Quatre-Cantons",), "it": ("lago dei Quattro Cantoni",)}, 47.0, 8.45, ("CH",)),
    WaterSpec("mueritz", {"en": ("Müritz",), "de": ("Müritz",), "es": ("Müritz",)}, 53.42, 12.68, ("DE",)),
    # (3) the lakes of Germany, Austria and Switzerland of over about 10 km² news names
    WaterSpec("chiemsee", {"en": ("Chiemsee",), "de": ("Chiemsee",), "es": ("Chiemsee",), "it": ("Chiemsee",)}, 47.87, 12.43, ("DE",)),
    WaterSpec("lake-schwerin", {"en": ("Lake Schwerin",), "de": ("Schweriner See",), "es": ("lago de Schwerin",)}, 53.7, 11.45, ("DE",)),
    WaterSpec("lake-starnberg", {"en": ("Lake Starnberg",), "de": ("Starnberger See",), "es": ("lago de Starnberg",)}, 47.9, 11.3, ("DE",)),
    WaterSpec("ammersee", {"en": ("Ammersee",), "de": ("Ammersee",), "es": ("Ammersee",)}, 48.0, 11.12, ("DE",)),
    WaterSpec("steinhuder-meer", {"en": ("Steinhuder Meer",), "de": ("Steinhuder Meer",), "es": ("Steinhuder Meer",)}, 52.47, 9.33, ("DE",)),
    WaterSpec("tegernsee", {"en": ("Lake Tegern",), "de": ("Tegernsee",), "es": ("lago Tegern",)}, 47.72, 11.76, ("DE",)),
    WaterSpec("edersee", {"en": ("Edersee",), "de": ("Edersee",), "es": ("Edersee",)}, 51.18, 9.05, ("DE",)),
    WaterSpec("attersee", {"en": ("Attersee",), "de": ("Attersee",), "es": ("Attersee",)}, 47.87, 13.54, ("AT",)),
    WaterSpec("traunsee", {"en": ("Traunsee",), "de": ("Traunsee",), "es": ("Traunsee",)}, 47.87, 13.8, ("AT",)),
    WaterSpec("wolfgangsee", {"en": ("Wolfgangsee",), "de": ("Wolfgangsee",), "es": ("Wolfgangsee",)}, 47.74, 13.43, ("AT",)),
    WaterSpec("woerthersee", {"en": ("Wörthersee",), "de": ("Wörthersee", "Wörther See"), "es": ("Wörthersee",)}, 46.62, 14.15, ("AT",)),
    WaterSpec("lake-zurich", {"en": ("Lake Zurich",), "de": ("Zürichsee",), "es": ("lago de Zúrich",), "fr": ("lac de Zurich",), "it": ("lago di Zurigo",)}, 47.25, 8.68, ("CH",)),
    WaterSpec("lake-lugano", {"en": ("Lake Lugano",), "de": ("Luganersee", "Luganer See"), "es": ("lago de Lugano",), "fr": ("lac de Lugano",), "it": ("lago di Lugano", "Ceresio")}, 45.98, 9.0, ("CH", "IT")),
    WaterSpec("lake-thun", {"en": ("Lake Thun",), "de": ("Thunersee", "Thuner See"), "es": ("lago de Thun",), "fr": ("lac de Thoune",), "it": ("lago di Thun",)}, 46.69, 7.72, ("CH",)),
    WaterSpec("lake-brienz", {"en": ("Lake Brienz",), "de": ("Brienzersee", "Brienzer See"), "es": ("lago de Brienz",), "fr": ("lac de Brienz",)}, 46.72, 7.95, ("CH",)),
    WaterSpec("lake-biel", {"en": ("Lake Biel",), "de": ("Bielersee", "Bieler See"), "es": ("lago de Biel",), "fr": ("lac de Bienne",)}, 47.08, 7.16, ("CH",)),
    WaterSpec("lake-zug", {"en": ("Lake Zug",), "de": ("Zugersee", "Zuger See"), "es": ("lago de Zug",), "fr": ("lac de Zoug",)}, 47.13, 8.48, ("CH",)),
    WaterSpec("walensee", {"en": ("Lake Walen", "Walensee"), "de": ("Walensee",), "es": ("Walensee",)}, 47.12, 9.2, ("CH",)),
    # (4) the United States' large lakes and reservoirs
    WaterSpec("great-salt-lake", {"en": ("Great Salt Lake",), "de": ("Großer Salzsee",), "es": ("Gran Lago Salado",), "fr": ("Grand Lac Salé",), "it": ("Grande Lago Salato",)}, 41.1, -112.5, ("US",)),
    WaterSpec("lake-okeechobee", {"en": ("Lake Okeechobee",), "de": ("Lake Okeechobee",), "es": ("lago Okeechobee",)}, 26.95, -80.8, ("US",)),
    WaterSpec("lake-pontchartrain", {"en": ("Lake Pontchartrain",), "de": ("Lake Pontchartrain",), "es": ("lago Pontchartrain",)}, 30.18, -90.1, ("US",)),
    WaterSpec("lake-champlain", {"en": ("Lake Champlain",), "de": ("Champlainsee",), "es": ("lago Champlain",), "fr": ("lac Champlain",)}, 44.55, -73.35, ("US", "CA")),
    WaterSpec("lake-of-the-woods", {"en": ("Lake of the Woods",), "es": ("lago de los Bosques",), "fr": ("lac des Bois",)}, 49.25, -94.9, ("US", "CA")),
    WaterSpec("lake-mead", {"en": ("Lake Mead",), "de": ("Lake Mead",), "es": ("lago Mead",)}, 36.15, -114.4, ("US",)),
    WaterSpec("lake-powell", {"en": ("Lake Powell",), "de": ("Lake Powell",), "es": ("lago Powell",)}, 37.2, -110.8, ("US",)),
)  # fmt: skip


#: Seas, gulfs, bays, straits and canals beyond :data:`WATER`, by a general rule: Europe's
#: marginal seas and the straits, sounds and canals between them; the world's other large seas
#: and gulfs (the main divisions of the International Hydrographic Organization's list); the
#: straits shipping news names; Spain's coastal waters and the United States' largest bays and
#: sounds. A point at the water's centre; feature ``water``, ids ``water:SLUG``.
SEAS: tuple[WaterSpec, ...] = (
    # Europe's marginal seas, straits and canals
    WaterSpec("wadden-sea", {"en": ("Wadden Sea",), "de": ("Wattenmeer",), "es": ("mar de Frisia", "mar de Wadden"), "fr": ("mer des Wadden",), "it": ("mare dei Wadden",)}, 54.0, 8.4, ("DE", "NL", "DK")),
    WaterSpec("ligurian-sea", {"en": ("Ligurian Sea",), "de": ("Ligurisches Meer",), "es": ("mar de Liguria",), "fr": ("mer Ligure",), "pt": ("mar da Ligúria",), "it": ("Mar Ligure",)}, 43.5, 9.0),
    WaterSpec("tyrrhenian-sea", {"en": ("Tyrrhenian Sea",), "de": ("Tyrrhenisches Meer",), "es": ("mar Tirreno",), "fr": ("mer Tyrrhénienne",), "pt": ("mar Tirreno",), "it": ("Mar Tirreno",)}, 40.0, 12.5),
    WaterSpec("ionian-sea", {"en": ("Ionian Sea",), "de": ("Ionisches Meer",), "es": ("mar Jónico",), "fr": ("mer Ionienne",), "pt": ("mar Jônico", "mar Jónico"), "it": ("Mar Ionio",)}, 38.0, 19.0),
    WaterSpec("sea-of-azov", {"en": ("Sea of Azov",), "de": ("Asowsches Meer",), "es": ("mar de Azov",), "fr": ("mer d'Azov",), "pt": ("mar de Azov",), "it": ("mare d'Azov",)}, 46.0, 36.5),
    WaterSpec("kerch-strait", {"en": ("Kerch Strait", "Strait of Kerch"), "de": ("Straße von Kertsch", "Meerenge von Kertsch"), "es": ("estrecho de Kerch",), "fr": ("détroit de Kertch",), "pt": ("estreito de Kerch",), "it": ("stretto di Kerč",)}, 45.3, 36.55),
    WaterSpec("barents-sea", {"en": ("Barents Sea",), "de": ("Barentssee",), "es": ("mar de Barents",), "fr": ("mer de Barents",), "pt": ("mar de Barents",), "it": ("mare di Barents",)}, 74.0, 40.0),
    WaterSpec("norwegian-sea", {"en": ("Norwegian Sea",), "de": ("Europäisches Nordmeer", "Norwegische See"), "es": ("mar de Noruega",), "fr": ("mer de Norvège",), "it": ("mare di Norvegia",)}, 69.0, 5.0),
    WaterSpec("irish-sea", {"en": ("Irish Sea",), "de": ("Irische See",), "es": ("mar de Irlanda",), "fr": ("mer d'Irlande",), "pt": ("mar da Irlanda",), "it": ("mare d'Irlanda",)}, 53.7, -5.0),
    WaterSpec("bay-of-biscay", {"en": ("Bay of Biscay",), "de": ("Golf von Biskaya", "Biskaya"), "es": ("golfo de Vizcaya",), "fr": ("golfe de Gascogne",), "pt": ("golfo da Biscaia",), "it": ("golfo di Biscaglia",)}, 45.5, -4.0),
    WaterSpec("white-sea", {"en": ("White Sea",), "de": ("Weißes Meer",), "es": ("mar Blanco",), "fr": ("mer Blanche",), "pt": ("mar Branco",), "it": ("mar Bianco",)}, 65.5, 37.5, ("RU",)),
    WaterSpec("sea-of-marmara", {"en": ("Sea of Marmara",), "de": ("Marmarameer",), "es": ("mar de Mármara",), "fr": ("mer de Marmara",), "pt": ("mar de Mármara",), "it": ("mar di Marmara",)}, 40.7, 28.2, ("TR",)),
    WaterSpec("dardanelles", {"en": ("Dardanelles",), "de": ("Dardanellen",), "es": ("Dardanelos", "estrecho de los Dardanelos"), "fr": ("Dardanelles",), "pt": ("Dardanelos",), "it": ("Dardanelli",)}, 40.2, 26.4, ("TR",)),
    WaterSpec("gulf-of-finland", {"en": ("Gulf of Finland",), "de": ("Finnischer Meerbusen",), "es": ("golfo de Finlandia",), "fr": ("golfe de Finlande",), "pt": ("golfo da Finlândia",), "it": ("golfo di Finlandia",)}, 59.8, 26.0),
    WaterSpec("gulf-of-bothnia", {"en": ("Gulf of Bothnia",), "de": ("Bottnischer Meerbusen",), "es": ("golfo de Botnia",), "fr": ("golfe de Botnie",), "pt": ("golfo de Bótnia",), "it": ("golfo di Botnia",)}, 63.0, 20.5),
    WaterSpec("kattegat", {"en": ("Kattegat",), "de": ("Kattegat",), "es": ("Kattegat",), "fr": ("Cattégat", "Kattegat"), "it": ("Kattegat",)}, 56.8, 11.5),
    WaterSpec("skagerrak", {"en": ("Skagerrak",), "de": ("Skagerrak",), "es": ("Skagerrak",), "fr": ("Skagerrak",), "it": ("Skagerrak",)}, 57.8, 9.0),
    WaterSpec("oresund", {"en": ("Øresund", "Oresund"), "de": ("Öresund",), "es": ("estrecho de Øresund", "Øresund"), "fr": ("Øresund",), "it": ("Øresund",)}, 55.8, 12.7, ("DK", "SE")),
    WaterSpec("fehmarn-belt", {"en": ("Fehmarn Belt",), "de": ("Fehmarnbelt",), "es": ("estrecho de Fehmarn",)}, 54.55, 11.2, ("DE", "DK")),
    WaterSpec("kiel-canal", {"en": ("Kiel Canal",), "de": ("Nord-Ostsee-Kanal",), "es": ("canal de Kiel",), "fr": ("canal de Kiel",), "it": ("canale di Kiel",)}, 54.2, 9.5, ("DE",)),
    WaterSpec("strait-of-messina", {"en": ("Strait of Messina",), "de": ("Straße von Messina",), "es": ("estrecho de Mesina",), "fr": ("détroit de Messine",), "it": ("stretto di Messina",)}, 38.2, 15.6, ("IT",)),
    # Spain's coastal waters
    WaterSpec("mar-menor", {"en": ("Mar Menor",), "de": ("Mar Menor",), "es": ("Mar Menor",)}, 37.72, -0.78, ("ES",)),
    WaterSpec("cantabrian-sea", {"en": ("Cantabrian Sea",), "de": ("Kantabrisches Meer",), "es": ("mar Cantábrico",)}, 43.8, -4.5, ("ES",)),
    WaterSpec("alboran-sea", {"en": ("Alboran Sea",), "de": ("Alboranmeer",), "es": ("mar de Alborán",)}, 36.0, -3.5),
    # the world's other large seas and gulfs, and the straits shipping news names
    WaterSpec("gulf-of-oman", {"en": ("Gulf of Oman",), "de": ("Golf von Oman",), "es": ("golfo de Omán",), "fr": ("golfe d'Oman",), "pt": ("golfo de Omã",), "it": ("golfo di Oman",)}, 24.5, 58.5),
    WaterSpec("bab-el-mandeb", {"en": ("Bab-el-Mandeb", "Bab el-Mandeb"), "de": ("Bab al-Mandab", "Bab el-Mandeb"), "es": ("estrecho de Bab el-Mandeb", "Bab el-Mandeb"), "fr": ("Bab-el-Mandeb",), "it": ("Bab el-Mandeb",)}, 12.6, 43.3),
    WaterSpec("gulf-of-aqaba", {"en": ("Gulf of Aqaba",), "de": ("Golf von Akaba",), "es": ("golfo de Áqaba",), "fr": ("golfe d'Aqaba",), "it": ("golfo di Aqaba",)}, 28.75, 34.75),
    WaterSpec("gulf-of-guinea", {"en": ("Gulf of Guinea",), "de": ("Golf von Guinea",), "es": ("golfo de Guinea",), "fr": ("golfe de Guinée",), "pt": ("golfo da Guiné",), "it": ("golfo di Guinea",)}, 2.0, 4.0),
    WaterSpec("mozambique-channel", {"en": ("Mozambique Channel",), "de": ("Straße von Mosambik",), "es": ("canal de Mozambique",), "fr": ("canal du Mozambique",), "pt": ("canal de Moçambique",), "it": ("canale del Mozambico",)}, -18.0, 41.0),
    WaterSpec("strait-of-malacca", {"en": ("Strait of Malacca",), "de": ("Straße von Malakka",), "es": ("estrecho de Malaca",), "fr": ("détroit de Malacca",), "pt": ("estreito de Malaca",), "it": ("stretto di Malacca",)}, 3.0, 100.5),
    WaterSpec("gulf-of-thailand", {"en": ("Gulf of Thailand",), "de": ("Golf von Thailand",), "es": ("golfo de Tailandia",), "fr": ("golfe de Thaïlande",), "it": ("golfo di Thailandia",)}, 9.5, 101.5),
    WaterSpec("yellow-sea", {"en": ("Yellow Sea",), "de": ("Gelbes Meer",), "es": ("mar Amarillo",), "fr": ("mer Jaune",), "pt": ("mar Amarelo",), "it": ("Mar Giallo",)}, 35.5, 123.5),
    WaterSpec("philippine-sea", {"en": ("Philippine Sea",), "de": ("Philippinensee",), "es": ("mar de Filipinas",), "fr": ("mer des Philippines",), "it": ("mar delle Filippine",)}, 20.0, 130.0),
    WaterSpec("sea-of-okhotsk", {"en": ("Sea of Okhotsk",), "de": ("Ochotskisches Meer",), "es": ("mar de Ojotsk",), "fr": ("mer d'Okhotsk",), "it": ("mare di Ochotsk",)}, 53.0, 150.0),
    WaterSpec("tasman-sea", {"en": ("Tasman Sea",), "de": ("Tasmansee",), "es": ("mar de Tasmania",), "fr": ("mer de Tasman",), "it": ("mar di Tasman",)}, -40.0, 160.0),
    WaterSpec("coral-sea", {"en": ("Coral Sea",), "de": ("Korallenmeer",), "es": ("mar del Coral",), "fr": ("mer de Corail",), "it": ("mar dei Coralli",)}, -18.0, 155.0),
    WaterSpec("drake-passage", {"en": ("Drake Passage",), "de": ("Drakestraße",), "es": ("paso de Drake", "mar de Hoces"), "fr": ("passage de Drake",), "it": ("passaggio di Drake",)}, -58.0, -65.0),
    WaterSpec("hudson-bay", {"en": ("Hudson Bay",), "de": ("Hudson Bay", "Hudsonbucht"), "es": ("bahía de Hudson",), "fr": ("baie d'Hudson",), "it": ("baia di Hudson",)}, 60.0, -85.0, ("CA",)),
    # the United States' largest bays and sounds
    WaterSpec("chesapeake-bay", {"en": ("Chesapeake Bay",), "de": ("Chesapeake Bay",), "es": ("bahía de Chesapeake",)}, 38.0, -76.2, ("US",)),
    WaterSpec("san-francisco-bay", {"en": ("San Francisco Bay",), "de": ("Bucht von San Francisco",), "es": ("bahía de San Francisco",)}, 37.7, -122.25, ("US",)),
    WaterSpec("puget-sound", {"en": ("Puget Sound",), "de": ("Puget Sound",), "es": ("Puget Sound",)}, 47.6, -122.45, ("US",)),
    WaterSpec("long-island-sound", {"en": ("Long Island Sound",), "es": ("estrecho de Long Island",)}, 41.1, -72.9, ("US",)),
)  # fmt: skip


#: Mountain ranges news names (feature ``region``: a physical region, without member countries;
#: ids ``mountain:SLUG``), each with an approximate centre of the range chosen for a map marker,
#: as for the water bodies. French and Spanish "Alpes" is left out: it is mostly part of a
#: French region's name (Rhône-Alpes, Alpes-Maritimes) that the gazetteer does not hold whole.
MOUNTAINS: tuple[WaterSpec, ...] = (
    WaterSpec("alps", {"en": ("Alps", "the Alps"), "de": ("Alpen",), "it": ("Alpi",)}, 46.3, 10.0),
    WaterSpec("andes", {"en": ("Andes", "Andes Mountains"), "de": ("Anden",), "es": ("Cordillera de los Andes",), "fr": ("Cordillère des Andes",), "pt": ("Cordilheira dos Andes",), "it": ("Ande",)}, -20.0, -67.5),
    WaterSpec("himalayas", {"en": ("Himalayas", "Himalaya"), "de": ("Himalaya",), "es": ("Himalaya",), "fr": ("Himalaya",), "pt": ("Himalaia",), "it": ("Himalaya",)}, 29.0, 84.0),
    WaterSpec("rocky-mountains", {"en": ("Rocky Mountains", "Rockies"), "de": ("Rocky Mountains",), "es": ("Montañas Rocosas",), "fr": ("Montagnes Rocheuses",), "pt": ("Montanhas Rochosas",), "it": ("Montagne Rocciose",)}, 44.0, -110.0, ("US", "CA")),
    WaterSpec("pyrenees", {"en": ("Pyrenees",), "de": ("Pyrenäen",), "es": ("Pirineos",), "fr": ("Pyrénées",), "pt": ("Pirenéus",), "it": ("Pirenei",)}, 42.65, 1.0, ("ES", "FR", "AD")),
    WaterSpec("urals", {"en": ("Ural Mountains", "Urals"), "de": ("Uralgebirge",), "es": ("Montes Urales", "Urales"), "fr": ("Monts Oural",), "pt": ("Montes Urais",), "it": ("Monti Urali",)}, 60.0, 59.5, ("RU",)),
    WaterSpec("carpathians", {"en": ("Carpathian Mountains", "Carpathians"), "de": ("Karpaten",), "es": ("Montes Cárpatos", "Cárpatos"), "fr": ("Carpates",), "pt": ("Montes Cárpatos",), "it": ("Carpazi",)}, 47.5, 25.0),
    WaterSpec("atlas-mountains", {"en": ("Atlas Mountains",), "de": ("Atlasgebirge",), "es": ("Cordillera del Atlas", "Montes Atlas"), "fr": ("Massif de l'Atlas",), "pt": ("Montes Atlas",), "it": ("Monti dell'Atlante",)}, 31.5, -6.0),
    WaterSpec("appalachians", {"en": ("Appalachian Mountains", "Appalachians"), "de": ("Appalachen",), "es": ("Montes Apalaches", "Apalaches"), "fr": ("Appalaches",), "pt": ("Montes Apalaches",), "it": ("Monti Appalachi",)}, 38.5, -80.5, ("US",)),
    # the world's major ranges and highlands besides those above (the Caucasus is a region of
    # its countries already)
    WaterSpec("apennines", {"en": ("Apennines", "Apennine Mountains"), "de": ("Apennin",), "es": ("Apeninos",), "fr": ("Apennins",), "pt": ("Apeninos",), "it": ("Appennini", "Appennino")}, 43.0, 12.8, ("IT",)),
    WaterSpec("dinaric-alps", {"en": ("Dinaric Alps",), "de": ("Dinarisches Gebirge",), "es": ("Alpes Dináricos",), "fr": ("Alpes dinariques",), "pt": ("Alpes Dináricos",), "it": ("Alpi Dinariche",)}, 44.0, 17.5),
    WaterSpec("balkan-mountains", {"en": ("Balkan Mountains",), "de": ("Balkangebirge",), "es": ("montes Balcanes",), "fr": ("mont Balkan",), "it": ("monti Balcani",)}, 42.75, 25.0, ("BG", "RS")),
    WaterSpec("scandinavian-mountains", {"en": ("Scandinavian Mountains",), "de": ("Skandinavisches Gebirge", "Skanden"), "es": ("Alpes escandinavos",), "fr": ("Alpes scandinaves",), "it": ("Alpi Scandinave",)}, 63.0, 12.5, ("NO", "SE")),
    WaterSpec("tian-shan", {"en": ("Tian Shan", "Tien Shan"), "de": ("Tian Shan",), "es": ("Tian Shan",), "fr": ("Tian Shan",), "pt": ("Tian Shan",), "it": ("Tien Shan",)}, 42.0, 80.0),
    WaterSpec("hindu-kush", {"en": ("Hindu Kush",), "de": ("Hindukusch",), "es": ("Hindu Kush",), "fr": ("Hindou Kouch",), "pt": ("Indocuche",), "it": ("Hindu Kush",)}, 35.5, 70.5, ("AF", "PK")),
    WaterSpec("karakoram", {"en": ("Karakoram",), "de": ("Karakorum",), "es": ("Karakórum",), "fr": ("Karakoram",), "pt": ("Caracórum",), "it": ("Karakorum",)}, 35.8, 76.5),
    WaterSpec("pamir", {"en": ("Pamir Mountains", "Pamirs"), "de": ("Pamir",), "es": ("Pamir",), "fr": ("Pamir",), "pt": ("Pamir",), "it": ("Pamir",)}, 38.5, 73.0),
    WaterSpec("altai", {"en": ("Altai Mountains",), "de": ("Altaigebirge",), "es": ("montes Altái",), "fr": ("massif de l'Altaï",), "it": ("monti Altaj",)}, 49.0, 89.0),
    WaterSpec("zagros", {"en": ("Zagros Mountains", "Zagros"), "de": ("Zagros", "Zāgros-Gebirge"), "es": ("montes Zagros",), "fr": ("monts Zagros",), "it": ("monti Zagros",)}, 33.5, 48.0, ("IR", "IQ")),
    WaterSpec("tibetan-plateau", {"en": ("Tibetan Plateau",), "de": ("Hochland von Tibet",), "es": ("meseta tibetana",), "fr": ("plateau tibétain",), "pt": ("planalto tibetano",), "it": ("altopiano del Tibet",)}, 33.0, 88.0, ("CN",)),
    WaterSpec("sierra-madre-occidental", {"en": ("Sierra Madre Occidental",), "de": ("Sierra Madre Occidental",), "es": ("Sierra Madre Occidental",)}, 25.5, -106.5, ("MX",)),
    WaterSpec("sierra-madre-oriental", {"en": ("Sierra Madre Oriental",), "de": ("Sierra Madre Oriental",), "es": ("Sierra Madre Oriental",)}, 23.5, -99.8, ("MX",)),
    WaterSpec("sierra-nevada-us", {"en": ("Sierra Nevada (U.S.)", "Sierra Nevada")}, 37.7, -119.2, ("US",)),
    WaterSpec("cascade-range", {"en": ("Cascade Range", "Cascade Mountains")}, 45.5, -121.7, ("US", "CA")),
    WaterSpec("great-dividing-range", {"en": ("Great Dividing Range",), "de": ("Great Dividing Range",), "es": ("Gran Cordillera Divisoria",)}, -28.0, 151.5, ("AU",)),
    WaterSpec("drakensberg", {"en": ("Drakensberg",), "de": ("Drakensberge",), "es": ("montes Drakensberg",)}, -29.5, 29.5, ("ZA", "LS")),
    WaterSpec("ethiopian-highlands", {"en": ("Ethiopian Highlands",), "de": ("Äthiopisches Hochland",), "es": ("Macizo etíope",)}, 10.0, 38.5, ("ET",)),
    # great deserts, a kind of physical region as the ranges are
    WaterSpec("sahara", {"en": ("Sahara", "Sahara Desert"), "de": ("Sahara",), "es": ("Sahara", "desierto del Sahara", "Sáhara"), "fr": ("Sahara",), "pt": ("Saara",), "it": ("Sahara",)}, 23.0, 12.0),
    WaterSpec("gobi", {"en": ("Gobi Desert", "Gobi"), "de": ("Wüste Gobi", "Gobi"), "es": ("desierto de Gobi",), "fr": ("désert de Gobi",), "pt": ("deserto de Gobi",), "it": ("deserto del Gobi",)}, 43.0, 105.0, ("MN", "CN")),
    WaterSpec("kalahari", {"en": ("Kalahari", "Kalahari Desert"), "de": ("Kalahari",), "es": ("desierto de Kalahari",), "fr": ("désert du Kalahari",), "pt": ("deserto do Kalahari",), "it": ("deserto del Kalahari",)}, -23.0, 22.0, ("BW", "NA", "ZA")),
    WaterSpec("atacama-desert", {"en": ("Atacama Desert",), "de": ("Atacama-Wüste", "Atacamawüste"), "es": ("desierto de Atacama",), "fr": ("désert d'Atacama",), "pt": ("deserto do Atacama",), "it": ("deserto di Atacama",)}, -24.5, -69.25, ("CL",)),
    WaterSpec("mojave-desert", {"en": ("Mojave Desert",), "de": ("Mojave-Wüste",), "es": ("desierto de Mojave",)}, 35.0, -116.0, ("US",)),
    # famous peaks and volcanoes news names (a point on the mountain)
    WaterSpec("mount-everest", {"en": ("Mount Everest", "Everest"), "de": ("Mount Everest",), "es": ("monte Everest", "Everest"), "fr": ("mont Everest",), "pt": ("monte Evereste",), "it": ("monte Everest",)}, 27.99, 86.93, ("NP", "CN")),
    WaterSpec("mont-blanc", {"en": ("Mont Blanc",), "de": ("Mont Blanc",), "es": ("Mont Blanc",), "fr": ("mont Blanc",), "pt": ("Monte Branco",), "it": ("Monte Bianco",)}, 45.83, 6.87, ("FR", "IT")),
    WaterSpec("matterhorn", {"en": ("Matterhorn",), "de": ("Matterhorn",), "es": ("Cervino",), "fr": ("Cervin",), "it": ("Cervino",)}, 45.98, 7.66, ("CH", "IT")),
    WaterSpec("zugspitze", {"en": ("Zugspitze",), "de": ("Zugspitze",), "es": ("Zugspitze",), "fr": ("Zugspitze",), "it": ("Zugspitze",)}, 47.42, 10.99, ("DE", "AT")),
    WaterSpec("kilimanjaro-mountain", {"en": ("Mount Kilimanjaro",), "de": ("Kilimandscharo",), "es": ("Kilimanjaro", "monte Kilimanjaro"), "fr": ("Kilimandjaro",), "pt": ("Quilimanjaro",), "it": ("Kilimangiaro",)}, -3.07, 37.36, ("TZ",)),
    WaterSpec("mount-fuji", {"en": ("Mount Fuji",), "de": ("Fudschijama",), "es": ("monte Fuji",), "fr": ("mont Fuji",), "pt": ("monte Fuji",), "it": ("monte Fuji",)}, 35.36, 138.73, ("JP",)),
    WaterSpec("mount-etna", {"en": ("Mount Etna",), "de": ("Ätna",), "es": ("Etna", "volcán Etna"), "fr": ("Etna",), "pt": ("Etna",), "it": ("Etna",)}, 37.75, 14.99, ("IT",)),
    WaterSpec("vesuvius", {"en": ("Vesuvius", "Mount Vesuvius"), "de": ("Vesuv",), "es": ("Vesubio",), "fr": ("Vésuve",), "pt": ("Vesúvio",), "it": ("Vesuvio",)}, 40.82, 14.43, ("IT",)),
    WaterSpec("teide", {"en": ("Mount Teide", "Teide"), "de": ("Teide", "Pico del Teide"), "es": ("Teide", "Pico del Teide"), "fr": ("Teide",), "pt": ("Teide",), "it": ("Teide",)}, 28.27, -16.64, ("ES",)),
    WaterSpec("aconcagua", {"en": ("Aconcagua",), "de": ("Aconcagua",), "es": ("Aconcagua",), "fr": ("Aconcagua",), "pt": ("Aconcágua",), "it": ("Aconcagua",)}, -32.65, -70.01, ("AR",)),
    # the highest summit of each continent not named above, the highest of Germany, Austria,
    # Switzerland and Spain and the Alpine summits news names most, and Europe's and the
    # Americas' most active volcanoes
    WaterSpec("denali", {"en": ("Denali", "Mount McKinley"), "de": ("Denali",), "es": ("Denali", "monte McKinley"), "fr": ("Denali",), "it": ("Denali",)}, 63.07, -151.0, ("US",)),
    WaterSpec("elbrus", {"en": ("Mount Elbrus", "Elbrus"), "de": ("Elbrus",), "es": ("Elbrús", "monte Elbrús"), "fr": ("Elbrouz",), "it": ("Elbrus",)}, 43.35, 42.44, ("RU",)),
    WaterSpec("grossglockner", {"en": ("Grossglockner", "Großglockner"), "de": ("Großglockner",), "es": ("Grossglockner",), "fr": ("Grossglockner",), "it": ("Großglockner",)}, 47.07, 12.69, ("AT",)),
    WaterSpec("grossvenediger", {"en": ("Grossvenediger", "Großvenediger"), "de": ("Großvenediger",), "es": ("Grossvenediger",)}, 47.11, 12.35, ("AT",)),
    WaterSpec("watzmann", {"en": ("Watzmann",), "de": ("Watzmann",), "es": ("Watzmann",)}, 47.55, 12.92, ("DE",)),
    WaterSpec("dufourspitze", {"en": ("Dufourspitze", "Monte Rosa"), "de": ("Dufourspitze", "Monte Rosa"), "es": ("Monte Rosa",), "fr": ("Mont Rose",), "it": ("Monte Rosa",)}, 45.94, 7.87, ("CH", "IT")),
    WaterSpec("eiger", {"en": ("Eiger",), "de": ("Eiger",), "es": ("Eiger",), "fr": ("Eiger",), "it": ("Eiger",)}, 46.58, 8.01, ("CH",)),
    WaterSpec("saentis", {"en": ("Säntis",), "de": ("Säntis",), "es": ("Säntis",)}, 47.25, 9.34, ("CH",)),
    WaterSpec("titlis", {"en": ("Titlis",), "de": ("Titlis",), "es": ("Titlis",)}, 46.77, 8.44, ("CH",)),
    WaterSpec("piz-bernina", {"en": ("Piz Bernina",), "de": ("Piz Bernina",), "es": ("Piz Bernina",), "it": ("Pizzo Bernina",)}, 46.38, 9.91, ("CH",)),
    WaterSpec("ortler", {"en": ("Ortler",), "de": ("Ortler",), "es": ("Ortles",), "it": ("Ortles",)}, 46.51, 10.54, ("IT",)),
    WaterSpec("mulhacen", {"en": ("Mulhacén",), "de": ("Mulhacén",), "es": ("Mulhacén",)}, 37.05, -3.31, ("ES",)),
    WaterSpec("aneto", {"en": ("Aneto",), "de": ("Aneto",), "es": ("Aneto", "pico Aneto")}, 42.63, 0.66, ("ES",)),
    WaterSpec("stromboli", {"en": ("Stromboli",), "de": ("Stromboli",), "es": ("Estrómboli", "Stromboli"), "fr": ("Stromboli",), "it": ("Stromboli",)}, 38.79, 15.21, ("IT",)),
    WaterSpec("hekla", {"en": ("Hekla",), "de": ("Hekla",), "es": ("Hekla",), "fr": ("Hekla",), "it": ("Hekla",)}, 63.99, -19.67, ("IS",)),
    WaterSpec("eyjafjallajokull", {"en": ("Eyjafjallajökull",), "de": ("Eyjafjallajökull",), "es": ("Eyjafjallajökull",), "fr": ("Eyjafjallajökull",), "it": ("Eyjafjallajökull",)}, 63.63, -19.62, ("IS",)),
    WaterSpec("popocatepetl", {"en": ("Popocatépetl", "Popocatepetl"), "de": ("Popocatépetl",), "es": ("Popocatépetl", "Popocatepetl", "volcán Popocatépetl"), "fr": ("Popocatépetl",), "it": ("Popocatépetl",)}, 19.02, -98.62, ("MX",)),
    WaterSpec("kilauea", {"en": ("Kilauea", "Kīlauea"), "de": ("Kīlauea", "Kilauea"), "es": ("Kilauea", "volcán Kilauea"), "fr": ("Kīlauea",), "it": ("Kilauea",)}, 19.41, -155.29, ("US",)),
    WaterSpec("mauna-loa", {"en": ("Mauna Loa",), "de": ("Mauna Loa",), "es": ("Mauna Loa",), "fr": ("Mauna Loa",), "it": ("Mauna Loa",)}, 19.48, -155.6, ("US",)),
    WaterSpec("mount-st-helens", {"en": ("Mount St. Helens", "Mount Saint Helens"), "de": ("Mount St. Helens",), "es": ("monte Santa Helena",), "fr": ("mont Saint Helens",)}, 46.19, -122.19, ("US",)),
    WaterSpec("mount-rainier", {"en": ("Mount Rainier",), "de": ("Mount Rainier",), "es": ("monte Rainier",)}, 46.85, -121.76, ("US",)),
    WaterSpec("cotopaxi-volcano", {"en": ("Cotopaxi volcano",), "es": ("volcán Cotopaxi",)}, -0.68, -78.44, ("EC",)),
    # the eight-thousanders besides Everest (K2 is left out: its name is also a drug's)
    WaterSpec("kangchenjunga", {"en": ("Kangchenjunga", "Kanchenjunga"), "de": ("Kangchendzönga", "Kangchenjunga"), "es": ("Kanchenjunga",), "fr": ("Kangchenjunga",), "it": ("Kangchenjunga",)}, 27.7, 88.15, ("NP", "IN")),
    WaterSpec("lhotse", {"en": ("Lhotse",), "de": ("Lhotse",), "es": ("Lhotse",), "fr": ("Lhotse",), "it": ("Lhotse",)}, 27.96, 86.93, ("NP", "CN")),
    WaterSpec("makalu", {"en": ("Makalu",), "de": ("Makalu",), "es": ("Makalu",), "fr": ("Makalu",), "it": ("Makalu",)}, 27.89, 87.09, ("NP", "CN")),
    WaterSpec("cho-oyu", {"en": ("Cho Oyu",), "de": ("Cho Oyu",), "es": ("Cho Oyu",), "fr": ("Cho Oyu",), "it": ("Cho Oyu",)}, 28.09, 86.66, ("NP", "CN")),
    WaterSpec("dhaulagiri", {"en": ("Dhaulagiri",), "de": ("Dhaulagiri",), "es": ("Dhaulagiri",), "fr": ("Dhaulagiri",), "it": ("Dhaulagiri",)}, 28.7, 83.49, ("NP",)),
    WaterSpec("manaslu", {"en": ("Manaslu",), "de": ("Manaslu",), "es": ("Manaslu",), "fr": ("Manaslu",), "it": ("Manaslu",)}, 28.55, 84.56, ("NP",)),
    WaterSpec("nanga-parbat", {"en": ("Nanga Parbat",), "de": ("Nanga Parbat",), "es": ("Nanga Parbat",), "fr": ("Nanga Parbat",), "it": ("Nanga Parbat",)}, 35.24, 74.59, ("PK",)),
    WaterSpec("annapurna", {"en": ("Annapurna",), "de": ("Annapurna",), "es": ("Annapurna",), "fr": ("Annapurna",), "it": ("Annapurna",)}, 28.6, 83.82, ("NP",)),
    WaterSpec("gasherbrum", {"en": ("Gasherbrum",), "de": ("Gasherbrum",), "es": ("Gasherbrum",), "fr": ("Gasherbrum",), "it": ("Gasherbrum",)}, 35.72, 76.7, ("PK", "CN")),
    WaterSpec("broad-peak", {"en": ("Broad Peak",), "de": ("Broad Peak",), "es": ("Broad Peak",), "fr": ("Broad Peak",), "it": ("Broad Peak",)}, 35.81, 76.57, ("PK", "CN")),
    WaterSpec("shishapangma", {"en": ("Shishapangma",), "de": ("Shishapangma",), "es": ("Shishapangma",), "fr": ("Shishapangma",), "it": ("Shishapangma",)}, 28.35, 85.78, ("CN",)),
    # Germany's low mountain ranges and uplands (Mittelgebirge) and the Alpine ranges and passes
    # of Germany, Austria and Switzerland, each at its centre
    WaterSpec("harz", {"en": ("Harz", "Harz Mountains"), "de": ("Harz",), "es": ("Harz", "montes Harz"), "fr": ("Harz", "massif du Harz"), "pt": ("Harz",), "it": ("Harz",)}, 51.75, 10.6, ("DE",)),
    WaterSpec("black-forest", {"en": ("Black Forest",), "de": ("Schwarzwald",), "es": ("Selva Negra",), "fr": ("Forêt-Noire",), "pt": ("Floresta Negra",), "it": ("Foresta Nera",)}, 48.3, 8.15, ("DE",)),
    WaterSpec("eifel", {"en": ("Eifel",), "de": ("Eifel",), "es": ("Eifel",), "fr": ("Eifel",), "pt": ("Eifel",), "it": ("Eifel",)}, 50.3, 6.7, ("DE",)),
    WaterSpec("ore-mountains", {"en": ("Ore Mountains", "Erzgebirge"), "de": ("Erzgebirge",), "es": ("Montes Metálicos",), "fr": ("monts Métallifères",), "it": ("Monti Metalliferi",)}, 50.55, 13.0, ("DE", "CZ")),
    WaterSpec("thuringian-forest", {"en": ("Thuringian Forest",), "de": ("Thüringer Wald",), "es": ("Bosque de Turingia",), "fr": ("forêt de Thuringe",), "it": ("Selva di Turingia",)}, 50.65, 10.8, ("DE",)),
    WaterSpec("bavarian-forest", {"en": ("Bavarian Forest",), "de": ("Bayerischer Wald",), "es": ("Bosque Bávaro",), "fr": ("forêt de Bavière",), "it": ("Foresta Bavarese",)}, 48.95, 13.3, ("DE",)),
    WaterSpec("bohemian-forest", {"en": ("Bohemian Forest",), "de": ("Böhmerwald",), "es": ("Selva de Bohemia",), "fr": ("forêt de Bohême",), "it": ("Selva Boema",)}, 48.9, 13.8, ("CZ", "DE", "AT")),
    WaterSpec("taunus", {"en": ("Taunus",), "de": ("Taunus",), "es": ("Taunus",), "fr": ("Taunus",), "pt": ("Taunus",), "it": ("Taunus",)}, 50.25, 8.3, ("DE",)),
    WaterSpec("sauerland", {"en": ("Sauerland",), "de": ("Sauerland",), "es": ("Sauerland",), "fr": ("Sauerland",), "pt": ("Sauerland",), "it": ("Sauerland",)}, 51.2, 8.1, ("DE",)),
    WaterSpec("rhoen", {"en": ("Rhön", "Rhön Mountains"), "de": ("Rhön",), "es": ("Rhön",), "fr": ("Rhön",), "pt": ("Rhön",), "it": ("Rhön",)}, 50.45, 9.95, ("DE",)),
    WaterSpec("hunsrueck", {"en": ("Hunsrück",), "de": ("Hunsrück",), "es": ("Hunsrück",), "fr": ("Hunsrück",), "pt": ("Hunsrück",), "it": ("Hunsrück",)}, 49.85, 7.2, ("DE",)),
    WaterSpec("westerwald", {"en": ("Westerwald",), "de": ("Westerwald",), "es": ("Westerwald",), "fr": ("Westerwald",), "pt": ("Westerwald",), "it": ("Westerwald",)}, 50.6, 7.9, ("DE",)),
    WaterSpec("spessart", {"en": ("Spessart",), "de": ("Spessart",), "es": ("Spessart",), "fr": ("Spessart",), "pt": ("Spessart",), "it": ("Spessart",)}, 50.0, 9.4, ("DE",)),
    WaterSpec("odenwald", {"en": ("Odenwald",), "de": ("Odenwald",), "es": ("Odenwald",), "fr": ("Odenwald",), "pt": ("Odenwald",), "it": ("Odenwald",)}, 49.6, 8.95, ("DE",)),
    WaterSpec("fichtelgebirge", {"en": ("Fichtel Mountains", "Fichtelgebirge"), "de": ("Fichtelgebirge",), "es": ("Fichtelgebirge",), "fr": ("Fichtelgebirge",), "it": ("Fichtelgebirge",)}, 50.05, 11.85, ("DE",)),
    WaterSpec("vogelsberg", {"en": ("Vogelsberg Mountains",), "de": ("Vogelsberg",), "es": ("Vogelsberg",)}, 50.5, 9.25, ("DE",)),
    WaterSpec("teutoburg-forest", {"en": ("Teutoburg Forest",), "de": ("Teutoburger Wald",), "es": ("Selva de Teutoburgo",), "fr": ("forêt de Teutberg",), "it": ("Selva di Teutoburgo",)}, 52.0, 8.6, ("DE",)),
    WaterSpec("saxon-switzerland", {"en": ("Saxon Switzerland", "Elbe Sandstone Mountains"), "de": ("Sächsische Schweiz", "Elbsandsteingebirge"), "es": ("Suiza sajona",), "fr": ("Suisse saxonne",), "it": ("Svizzera Sassone",)}, 50.9, 14.1, ("DE", "CZ")),
    WaterSpec("swabian-jura", {"en": ("Swabian Jura", "Swabian Alb"), "de": ("Schwäbische Alb",), "es": ("Jura de Suabia",), "fr": ("Jura souabe",), "it": ("Giura Svevo",)}, 48.4, 9.5, ("DE",)),
    WaterSpec("franconian-jura", {"en": ("Franconian Jura",), "de": ("Fränkische Alb", "Frankenalb"), "es": ("Jura de Franconia",), "fr": ("Jura franconien",)}, 49.4, 11.4, ("DE",)),
    WaterSpec("franconian-switzerland", {"en": ("Franconian Switzerland",), "de": ("Fränkische Schweiz",), "es": ("Suiza francona",)}, 49.75, 11.3, ("DE",)),
    WaterSpec("giant-mountains", {"en": ("Giant Mountains", "Krkonoše"), "de": ("Riesengebirge",), "es": ("Montes de los Gigantes",), "fr": ("monts des Géants",), "it": ("Monti dei Giganti",)}, 50.74, 15.7, ("CZ", "PL")),
    WaterSpec("palatinate-forest", {"en": ("Palatinate Forest",), "de": ("Pfälzerwald", "Pfälzer Wald"), "es": ("Bosque del Palatinado",), "fr": ("forêt du Palatinat",)}, 49.3, 7.85, ("DE",)),
    WaterSpec("upper-palatinate-forest", {"en": ("Upper Palatine Forest",), "de": ("Oberpfälzer Wald",), "es": ("Bosque del Alto Palatinado",)}, 49.6, 12.45, ("DE",)),
    WaterSpec("steigerwald", {"en": ("Steigerwald",), "de": ("Steigerwald",), "es": ("Steigerwald",)}, 49.8, 10.5, ("DE",)),
    WaterSpec("franconian-forest", {"en": ("Franconian Forest",), "de": ("Frankenwald",), "es": ("Bosque de Franconia",)}, 50.35, 11.5, ("DE",)),
    WaterSpec("rothaar-mountains", {"en": ("Rothaar Mountains",), "de": ("Rothaargebirge",), "es": ("Rothaargebirge",)}, 51.05, 8.3, ("DE",)),
    WaterSpec("weser-uplands", {"en": ("Weser Uplands",), "de": ("Weserbergland",), "es": ("Weserbergland",)}, 51.9, 9.4, ("DE",)),
    WaterSpec("kyffhaeuser", {"en": ("Kyffhäuser",), "de": ("Kyffhäuser",), "es": ("Kyffhäuser",)}, 51.41, 11.1, ("DE",)),
    WaterSpec("solling", {"en": ("Solling",), "de": ("Solling",), "es": ("Solling",)}, 51.72, 9.6, ("DE",)),
    WaterSpec("hassberge", {"en": ("Haßberge", "Hassberge"), "de": ("Haßberge",), "es": ("Haßberge",)}, 50.1, 10.55, ("DE",)),
    WaterSpec("zittau-mountains", {"en": ("Zittau Mountains",), "de": ("Zittauer Gebirge",), "es": ("montes de Zittau",)}, 50.85, 14.7, ("DE", "CZ")),
    # Europe's other main ranges and uplands
    WaterSpec("ardennes", {"en": ("Ardennes",), "de": ("Ardennen",), "es": ("Ardenas",), "fr": ("massif des Ardennes",), "pt": ("Ardenas",), "it": ("Ardenne",)}, 50.1, 5.6, ("BE", "LU", "FR")),
    WaterSpec("vosges", {"en": ("Vosges Mountains",), "de": ("Vogesen",), "es": ("montes Vosgos", "Vosgos"), "fr": ("massif des Vosges",), "it": ("Vosgi",)}, 48.1, 7.0, ("FR",)),
    WaterSpec("high-fens", {"en": ("High Fens",), "de": ("Hohes Venn",), "es": ("Altas Fagnes",), "fr": ("Hautes Fagnes",)}, 50.5, 6.07, ("BE",)),
    WaterSpec("dolomites", {"en": ("Dolomites",), "de": ("Dolomiten",), "es": ("Dolomitas",), "fr": ("Dolomites",), "pt": ("Dolomitas",), "it": ("Dolomiti",)}, 46.45, 11.85, ("IT",)),
    WaterSpec("julian-alps", {"en": ("Julian Alps",), "de": ("Julische Alpen",), "es": ("Alpes Julianos",), "fr": ("Alpes juliennes",), "it": ("Alpi Giulie",)}, 46.35, 13.8, ("SI", "IT")),
    WaterSpec("tatra-mountains", {"en": ("Tatra Mountains", "Tatras", "High Tatras"), "de": ("Hohe Tatra",), "es": ("montes Tatras", "Tatras"), "fr": ("Tatras",), "it": ("Monti Tatra",)}, 49.2, 20.05, ("SK", "PL")),
    WaterSpec("sudetes", {"en": ("Sudetes", "Sudeten Mountains"), "de": ("Sudeten",), "es": ("Sudetes",), "fr": ("Sudètes",), "it": ("Sudeti",)}, 50.6, 16.0, ("CZ", "PL")),
    WaterSpec("rhodope-mountains", {"en": ("Rhodope Mountains", "Rhodopes"), "de": ("Rhodopen",), "es": ("montes Ródope", "Ródope"), "fr": ("Rhodopes",), "it": ("Monti Rodopi",)}, 41.6, 24.6, ("BG", "GR")),
    WaterSpec("pindus", {"en": ("Pindus", "Pindus Mountains"), "de": ("Pindos", "Pindus"), "es": ("montes Pindo",), "fr": ("Pinde",), "it": ("Pindo",)}, 39.6, 21.1, ("GR",)),
    WaterSpec("serra-de-tramuntana", {"en": ("Serra de Tramuntana",), "de": ("Serra de Tramuntana",), "es": ("Sierra de Tramontana", "Serra de Tramuntana")}, 39.75, 2.75, ("ES",)),
    # the Alpine ranges, summits and passes of Austria and Switzerland
    WaterSpec("hohe-tauern", {"en": ("Hohe Tauern",), "de": ("Hohe Tauern",), "es": ("Hohe Tauern",), "fr": ("Hohe Tauern",), "it": ("Alti Tauri",)}, 47.1, 12.6, ("AT",)),
    WaterSpec("oetztal-alps", {"en": ("Ötztal Alps",), "de": ("Ötztaler Alpen",), "es": ("Alpes de Ötztal",), "it": ("Alpi Venoste",)}, 46.85, 10.85, ("AT", "IT")),
    WaterSpec("dachstein", {"en": ("Dachstein",), "de": ("Dachstein",), "es": ("Dachstein",), "fr": ("Dachstein",), "it": ("Dachstein",)}, 47.48, 13.6, ("AT",)),
    WaterSpec("karawanks", {"en": ("Karawanks",), "de": ("Karawanken",), "es": ("Karawanken",), "fr": ("Karawanken",), "it": ("Caravanche",)}, 46.45, 14.2, ("AT", "SI")),
    WaterSpec("vienna-woods", {"en": ("Vienna Woods",), "de": ("Wienerwald",), "es": ("Bosque de Viena",), "fr": ("forêt viennoise",), "it": ("Bosco Viennese",)}, 48.15, 16.05, ("AT",)),
    WaterSpec("gotthard", {"en": ("Gotthard Pass",), "de": ("Gotthardpass", "Sankt Gotthard"), "es": ("paso de San Gotardo", "San Gotardo"), "fr": ("col du Saint-Gothard", "Saint-Gothard"), "it": ("passo del San Gottardo", "San Gottardo")}, 46.56, 8.56, ("CH",)),
    WaterSpec("brenner-pass", {"en": ("Brenner Pass",), "de": ("Brennerpass",), "es": ("paso del Brennero",), "fr": ("col du Brenner",), "it": ("passo del Brennero", "Brennero")}, 47.0, 11.51, ("AT", "IT")),
    WaterSpec("arlberg", {"en": ("Arlberg",), "de": ("Arlberg",), "es": ("Arlberg",), "fr": ("Arlberg",), "it": ("Arlberg",)}, 47.13, 10.21, ("AT",)),
    # Spain's main ranges
    WaterSpec("sierra-nevada-spain", {"en": ("Sierra Nevada",), "de": ("Sierra Nevada",), "es": ("Sierra Nevada",), "fr": ("Sierra Nevada",), "it": ("Sierra Nevada",)}, 37.05, -3.3, ("ES",)),
    WaterSpec("picos-de-europa", {"en": ("Picos de Europa",), "de": ("Picos de Europa",), "es": ("Picos de Europa",), "fr": ("Pics d'Europe",), "pt": ("Picos de Europa",), "it": ("Picos de Europa",)}, 43.2, -4.85, ("ES",)),
    WaterSpec("cantabrian-mountains", {"en": ("Cantabrian Mountains",), "de": ("Kantabrisches Gebirge",), "es": ("Cordillera Cantábrica",), "fr": ("cordillère Cantabrique",), "pt": ("Cordilheira Cantábrica",), "it": ("Cordigliera Cantabrica",)}, 43.0, -5.5, ("ES",)),
    WaterSpec("sistema-central", {"en": ("Sistema Central",), "de": ("Kastilisches Scheidegebirge",), "es": ("Sistema Central",)}, 40.4, -4.8, ("ES",)),
    WaterSpec("sistema-iberico", {"en": ("Iberian System",), "de": ("Iberisches Randgebirge",), "es": ("Sistema Ibérico",)}, 41.0, -2.0, ("ES",)),
    WaterSpec("sierra-morena", {"en": ("Sierra Morena",), "de": ("Sierra Morena",), "es": ("Sierra Morena",), "fr": ("Sierra Morena",)}, 38.2, -5.0, ("ES",)),
    WaterSpec("baetic-system", {"en": ("Baetic System", "Baetic Cordillera"), "de": ("Betische Kordillere",), "es": ("Cordillera Bética", "Sistemas Béticos")}, 37.2, -3.5, ("ES",)),
    WaterSpec("sierra-de-guadarrama", {"en": ("Sierra de Guadarrama",), "de": ("Sierra de Guadarrama",), "es": ("Sierra de Guadarrama",)}, 40.8, -4.0, ("ES",)),
    WaterSpec("sierra-de-gredos", {"en": ("Sierra de Gredos",), "de": ("Sierra de Gredos",), "es": ("Sierra de Gredos", "Gredos")}, 40.25, -5.2, ("ES",)),
    WaterSpec("serra-da-estrela", {"en": ("Serra da Estrela",), "de": ("Serra da Estrela",), "es": ("Sierra de la Estrella",), "pt": ("Serra da Estrela",)}, 40.32, -7.6, ("PT",)),
)  # fmt: skip

#: Islands that news names and that are no country or admin-1 unit of their own, with an
#: approximate centre. (Islands that are one, such as Crete, Sicily or Tasmania, come from
#: Natural Earth and ISO 3166-2; Java is a region of its provinces above.)
ISLANDS: tuple[WaterSpec, ...] = (
    WaterSpec("mallorca", {"en": ("Majorca", "Mallorca"), "de": ("Mallorca",), "es": ("Mallorca",), "fr": ("Majorque",), "pt": ("Maiorca",), "it": ("Maiorca",)}, 39.62, 2.98, ("ES",)),
    WaterSpec("menorca", {"en": ("Minorca", "Menorca"), "de": ("Menorca",), "es": ("Menorca",), "fr": ("Minorque",), "pt": ("Minorca",), "it": ("Minorca",)}, 39.95, 4.1, ("ES",)),
    WaterSpec("tenerife", {"en": ("Tenerife",), "de": ("Teneriffa",), "es": ("Tenerife",), "fr": ("Tenerife", "Ténérife"), "pt": ("Tenerife",), "it": ("Tenerife",)}, 28.29, -16.62, ("ES",)),
    WaterSpec("gran-canaria", {"en": ("Gran Canaria",), "de": ("Gran Canaria",), "es": ("Gran Canaria",), "fr": ("Grande Canarie",), "pt": ("Grã-Canária",), "it": ("Gran Canaria",)}, 27.96, -15.59, ("ES",)),
    WaterSpec("lanzarote", {"en": ("Lanzarote",), "de": ("Lanzarote",), "es": ("Lanzarote",), "fr": ("Lanzarote",), "pt": ("Lanzarote",), "it": ("Lanzarote",)}, 29.05, -13.63, ("ES",)),
    WaterSpec("fuerteventura", {"en": ("Fuerteventura",), "de": ("Fuerteventura",), "es": ("Fuerteventura",), "fr": ("Fuerteventura",), "pt": ("Fuerteventura",), "it": ("Fuerteventura",)}, 28.4, -14.0, ("ES",)),
    WaterSpec("sylt", {"en": ("Sylt",), "de": ("Sylt",), "es": ("Sylt",), "fr": ("Sylt",), "pt": ("Sylt",), "it": ("Sylt",)}, 54.9, 8.32, ("DE",)),
    WaterSpec("ruegen", {"en": ("Rügen",), "de": ("Rügen",), "es": ("Rügen",), "fr": ("Rügen",), "pt": ("Rügen",), "it": ("Rügen",)}, 54.43, 13.43, ("DE",)),
    WaterSpec("usedom", {"en": ("Usedom",), "de": ("Usedom",), "es": ("Usedom",), "fr": ("Usedom",), "pt": ("Usedom",), "it": ("Usedom",)}, 53.95, 14.05, ("DE", "PL")),
    WaterSpec("bornholm", {"en": ("Bornholm",), "de": ("Bornholm",), "es": ("Bornholm",), "fr": ("Bornholm",), "pt": ("Bornholm",), "it": ("Bornholm",)}, 55.12, 14.92, ("DK",)),
    WaterSpec("rhodes", {"en": ("Rhodes",), "de": ("Rhodos",), "es": ("Rodas",), "fr": ("Rhodes",), "pt": ("Rodes",), "it": ("Rodi",)}, 36.17, 27.92, ("GR",)),
    WaterSpec("lesbos", {"en": ("Lesbos", "Lesvos"), "de": ("Lesbos",), "es": ("Lesbos",), "fr": ("Lesbos",), "pt": ("Lesbos",), "it": ("Lesbo",)}, 39.17, 26.33, ("GR",)),
    WaterSpec("santorini", {"en": ("Santorini",), "de": ("Santorini",), "es": ("Santorini",), "fr": ("Santorin",), "pt": ("Santorini",), "it": ("Santorini",)}, 36.4, 25.43, ("GR",)),
    WaterSpec("luzon", {"en": ("Luzon",), "de": ("Luzon",), "es": ("Luzón",), "fr": ("Luçon",), "pt": ("Luzon",), "it": ("Luzon",)}, 16.0, 121.0, ("PH",)),
    WaterSpec("mindanao", {"en": ("Mindanao",), "de": ("Mindanao",), "es": ("Mindanao",), "fr": ("Mindanao",), "pt": ("Mindanau",), "it": ("Mindanao",)}, 7.8, 125.0, ("PH",)),
    WaterSpec("honshu", {"en": ("Honshu", "Honshū"), "de": ("Honshū", "Honshu"), "es": ("Honshu",), "fr": ("Honshū",), "pt": ("Honshu",), "it": ("Honshū",)}, 36.0, 138.5, ("JP",)),
    WaterSpec("kyushu", {"en": ("Kyushu", "Kyūshū"), "de": ("Kyūshū", "Kyushu"), "es": ("Kyushu",), "fr": ("Kyūshū",), "pt": ("Kyushu",), "it": ("Kyūshū",)}, 32.6, 130.8, ("JP",)),
    WaterSpec("borneo", {"en": ("Borneo",), "de": ("Borneo",), "es": ("Borneo",), "fr": ("Bornéo",), "pt": ("Bornéu",), "it": ("Borneo",)}, 0.9, 114.2, ("ID", "MY", "BN")),
    WaterSpec("new-guinea", {"en": ("New Guinea",), "de": ("Neuguinea",), "es": ("Nueva Guinea",), "fr": ("Nouvelle-Guinée",), "pt": ("Nova Guiné",), "it": ("Nuova Guinea",)}, -5.6, 141.5, ("ID", "PG")),
    WaterSpec("hispaniola", {"en": ("Hispaniola",), "de": ("Hispaniola",), "es": ("La Española",), "fr": ("Hispaniola",), "pt": ("Hispaniola",), "it": ("Hispaniola",)}, 18.9, -71.0, ("HT", "DO")),
    WaterSpec("long-island", {"en": ("Long Island",), "de": ("Long Island",), "es": ("Long Island",), "fr": ("Long Island",), "pt": ("Long Island",), "it": ("Long Island",)}, 40.8, -73.1, ("US",)),
    WaterSpec("vancouver-island", {"en": ("Vancouver Island",), "de": ("Vancouver Island",), "es": ("isla de Vancouver",), "fr": ("île de Vancouver",), "pt": ("Ilha de Vancouver",), "it": ("isola di Vancouver",)}, 49.65, -125.7, ("CA",)),
    WaterSpec("north-island", {"en": ("North Island",), "de": ("Nordinsel",), "es": ("Isla Norte",), "fr": ("Île du Nord",), "pt": ("Ilha Norte",), "it": ("Isola del Nord",)}, -38.6, 175.8, ("NZ",)),
    WaterSpec("south-island", {"en": ("South Island",), "de": ("Südinsel",), "es": ("Isla Sur",), "fr": ("Île du Sud",), "pt": ("Ilha Sul",), "it": ("Isola del Sud",)}, -43.8, 170.8, ("NZ",)),
    WaterSpec("easter-island", {"en": ("Easter Island",), "de": ("Osterinsel",), "es": ("Isla de Pascua",), "fr": ("Île de Pâques",), "pt": ("Ilha de Páscoa",), "it": ("Isola di Pasqua",)}, -27.12, -109.35, ("CL",)),
    WaterSpec("tahiti", {"en": ("Tahiti",), "de": ("Tahiti",), "es": ("Tahití",), "fr": ("Tahiti",), "pt": ("Taiti",), "it": ("Tahiti",)}, -17.68, -149.43, ("PF",)),
    WaterSpec("maui", {"en": ("Maui",), "de": ("Maui",), "es": ("Maui",), "fr": ("Maui",), "pt": ("Maui",), "it": ("Maui",)}, 20.8, -156.33, ("US",)),
    WaterSpec("oahu", {"en": ("Oahu", "O'ahu"), "de": ("Oʻahu", "Oahu"), "es": ("Oahu",), "fr": ("Oahu",), "pt": ("Oahu",), "it": ("Oahu",)}, 21.47, -157.98, ("US",)),
    WaterSpec("marthas-vineyard", {"en": ("Martha's Vineyard",)}, 41.39, -70.62, ("US",)),
    WaterSpec("spitsbergen", {"en": ("Spitsbergen",), "de": ("Spitzbergen",), "es": ("Spitsbergen",), "fr": ("Spitzberg",), "pt": ("Spitsbergen",), "it": ("Spitsbergen",)}, 78.75, 16.5, ("SJ",)),
    WaterSpec("socotra", {"en": ("Socotra",), "de": ("Sokotra",), "es": ("Socotra",), "fr": ("Socotra",), "pt": ("Socotorá",), "it": ("Socotra",)}, 12.47, 53.87, ("YE",)),
    # islands of Germany's coasts and of Spain's island groups that no town of GeoNames is
    # named after (Borkum, Norderney, Ibiza are towns as well as islands)
    WaterSpec("foehr", {"en": ("Föhr",), "de": ("Föhr",), "es": ("Föhr",), "fr": ("Föhr",), "it": ("Föhr",)}, 54.72, 8.5, ("DE",)),
    WaterSpec("amrum", {"en": ("Amrum",), "de": ("Amrum",), "es": ("Amrum",), "fr": ("Amrum",), "it": ("Amrum",)}, 54.65, 8.35, ("DE",)),
    WaterSpec("formentera", {"en": ("Formentera",), "de": ("Formentera",), "es": ("Formentera",), "fr": ("Formentera",), "it": ("Formentera",)}, 38.7, 1.45, ("ES",)),
    WaterSpec("la-palma", {"en": ("La Palma",), "de": ("La Palma",), "es": ("La Palma", "isla de La Palma"), "fr": ("La Palma",), "it": ("La Palma",)}, 28.68, -17.85, ("ES",)),
    WaterSpec("la-gomera", {"en": ("La Gomera",), "de": ("La Gomera",), "es": ("La Gomera",), "fr": ("La Gomera",), "it": ("La Gomera",)}, 28.1, -17.23, ("ES",)),
    WaterSpec("el-hierro", {"en": ("El Hierro",), "de": ("El Hierro",), "es": ("El Hierro",), "fr": ("El Hierro",), "it": ("El Hierro",)}, 27.75, -18.0, ("ES",)),
)  # fmt: skip

#: Cultural and historical landscapes that news names as places and that are no admin-1 unit
#: (nor a union of whole ones, which :data:`SUBNATIONAL` would hold): in Germany the historical
#: lands and landscapes (Franken, Westfalen, Schwaben, Rheinland, ...) and the Bavarian
#: Regierungsbezirke, whose names are not their seats' names; in Austria the Viertel and the
#: Alpine valleys news names; in Switzerland the language regions and landscapes; in France the
#: historical provinces the regions of 2016 merged; Europe's other historical and cultural
#: regions that span or lie within admin-1 units (Dalmatia, Galicia, Yorkshire, Chianti); the
#: Americas' great natural regions (Amazonia, the Pampas, the Great Plains); in Spain the
#: coasts and comarcas news names. Each has an approximate point at its centre, inside it; feature ``region``, ids
#: ``landscape:SLUG``, its countries as parents. Swabia stands for both the historical land and
#: the Bavarian Regierungsbezirk of that name (its point lies between the two).
LANDSCAPES: tuple[WaterSpec, ...] = (
    # the geographic poles
    WaterSpec("north-pole", {"en": ("North Pole",), "de": ("Nordpol",), "es": ("Polo Norte",), "fr": ("Pôle Nord",), "pt": ("Polo Norte",), "it": ("Polo Nord",)}, 90.0, 0.0),
    WaterSpec("south-pole", {"en": ("South Pole",), "de": ("Südpol",), "es": ("Polo Sur",), "fr": ("Pôle Sud",), "pt": ("Polo Sul",), "it": ("Polo Sud",)}, -90.0, 0.0),
    # Germany
    WaterSpec("franconia", {"en": ("Franconia",), "es": ("Franconia",), "fr": ("Franconie",), "pt": ("Francónia", "Francônia"), "it": ("Franconia",)}, 49.6, 10.9, ("DE",)),
    WaterSpec("upper-franconia", {"en": ("Upper Franconia",), "de": ("Oberfranken",), "es": ("Alta Franconia",), "fr": ("Haute-Franconie",), "it": ("Alta Franconia",)}, 50.05, 11.4, ("DE",)),
    WaterSpec("middle-franconia", {"en": ("Middle Franconia",), "de": ("Mittelfranken",), "es": ("Franconia Media",), "fr": ("Moyenne-Franconie",), "it": ("Media Franconia",)}, 49.35, 10.75, ("DE",)),
    WaterSpec("lower-franconia", {"en": ("Lower Franconia",), "de": ("Unterfranken",), "es": ("Baja Franconia",), "fr": ("Basse-Franconie",), "it": ("Bassa Franconia",)}, 50.0, 9.9, ("DE",)),
    WaterSpec("upper-bavaria", {"en": ("Upper Bavaria",), "de": ("Oberbayern",), "es": ("Alta Baviera",), "fr": ("Haute-Bavière",), "it": ("Alta Baviera",)}, 48.0, 11.8, ("DE",)),
    WaterSpec("lower-bavaria", {"en": ("Lower Bavaria",), "de": ("Niederbayern",), "es": ("Baja Baviera",), "fr": ("Basse-Bavière",), "it": ("Bassa Baviera",)}, 48.6, 12.8, ("DE",)),
    WaterSpec("upper-palatinate", {"en": ("Upper Palatinate",), "de": ("Oberpfalz",), "es": ("Alto Palatinado",), "fr": ("Haut-Palatinat",), "it": ("Alto Palatinato",)}, 49.35, 12.1, ("DE",)),
    WaterSpec("swabia", {"en": ("Swabia",), "de": ("Schwaben",), "es": ("Suabia",), "fr": ("Souabe",), "pt": ("Suábia",), "it": ("Svevia",)}, 48.3, 10.0, ("DE",)),
    WaterSpec("upper-swabia", {"en": ("Upper Swabia",), "de": ("Oberschwaben",), "es": ("Alta Suabia",), "fr": ("Haute-Souabe",)}, 47.95, 9.6, ("DE",)),
    WaterSpec("allgaeu", {"en": ("Allgäu",), "de": ("Allgäu",), "es": ("Algovia", "Allgäu"), "fr": ("Allgäu",), "it": ("Algovia",)}, 47.7, 10.3, ("DE",)),
    WaterSpec("chiemgau", {"en": ("Chiemgau",), "de": ("Chiemgau",), "es": ("Chiemgau",)}, 47.85, 12.5, ("DE",)),
    WaterSpec("westphalia", {"en": ("Westphalia",), "de": ("Westfalen",), "es": ("Westfalia",), "fr": ("Westphalie",), "pt": ("Vestfália",), "it": ("Vestfalia",)}, 51.75, 8.0, ("DE",)),
    WaterSpec("east-westphalia", {"en": ("East Westphalia", "East Westphalia-Lippe"), "de": ("Ostwestfalen", "Ostwestfalen-Lippe"), "es": ("Westfalia Oriental",)}, 52.0, 8.75, ("DE",)),
    WaterSpec("muensterland", {"en": ("Münsterland",), "de": ("Münsterland",), "es": ("Münsterland",), "fr": ("Münsterland",), "it": ("Münsterland",)}, 51.95, 7.5, ("DE",)),
    WaterSpec("rhineland", {"en": ("Rhineland",), "de": ("Rheinland",), "es": ("Renania",), "fr": ("Rhénanie",), "pt": ("Renânia",), "it": ("Renania",)}, 50.9, 6.9, ("DE",)),
    WaterSpec("lower-rhine", {"en": ("Lower Rhine",), "de": ("Niederrhein",), "es": ("Bajo Rin",), "fr": ("Rhin inférieur",)}, 51.5, 6.4, ("DE",)),
    WaterSpec("ruhr", {"en": ("Ruhr", "Ruhr area", "Ruhr Valley"), "de": ("Ruhrgebiet", "Ruhrpott", "Ruhr"), "es": ("Ruhr", "cuenca del Ruhr"), "fr": ("Ruhr",), "pt": ("Ruhr",), "it": ("Ruhr",)}, 51.5, 7.2, ("DE",)),
    WaterSpec("bergisches-land", {"en": ("Bergisches Land",), "de": ("Bergisches Land",), "es": ("Bergisches Land",)}, 51.1, 7.2, ("DE",)),
    WaterSpec("siegerland", {"en": ("Siegerland",), "de": ("Siegerland",), "es": ("Siegerland",)}, 50.9, 8.05, ("DE",)),
    WaterSpec("palatinate", {"en": ("Palatinate",), "de": ("Pfalz",), "es": ("Palatinado",), "fr": ("Palatinat",), "pt": ("Palatinado",), "it": ("Palatinato",)}, 49.35, 7.9, ("DE",)),
    WaterSpec("rhenish-hesse", {"en": ("Rhenish Hesse",), "de": ("Rheinhessen",), "es": ("Hesse Renano",), "fr": ("Hesse rhénane",)}, 49.85, 8.1, ("DE",)),
    WaterSpec("rheingau", {"en": ("Rheingau",), "de": ("Rheingau",), "es": ("Rheingau",)}, 50.02, 8.05, ("DE",)),
    WaterSpec("wetterau", {"en": ("Wetterau",), "de": ("Wetterau",), "es": ("Wetterau",)}, 50.33, 8.85, ("DE",)),
    WaterSpec("breisgau", {"en": ("Breisgau",), "de": ("Breisgau",), "es": ("Brisgovia",), "fr": ("Brisgau",)}, 48.0, 7.8, ("DE",)),
    WaterSpec("kraichgau", {"en": ("Kraichgau",), "de": ("Kraichgau",), "es": ("Kraichgau",)}, 49.15, 8.8, ("DE",)),
    WaterSpec("east-frisia", {"en": ("East Frisia",), "de": ("Ostfriesland",), "es": ("Frisia Oriental",), "fr": ("Frise orientale",), "pt": ("Frísia Oriental",), "it": ("Frisia orientale",)}, 53.4, 7.45, ("DE",)),
    WaterSpec("north-frisia", {"en": ("North Frisia",), "de": ("Nordfriesland",), "es": ("Frisia Septentrional",), "fr": ("Frise septentrionale",)}, 54.6, 8.9, ("DE",)),
    WaterSpec("emsland", {"en": ("Emsland",), "de": ("Emsland",), "es": ("Emsland",), "fr": ("Emsland",), "it": ("Emsland",)}, 52.7, 7.3, ("DE",)),
    WaterSpec("lueneburg-heath", {"en": ("Lüneburg Heath",), "de": ("Lüneburger Heide",), "es": ("Landas de Luneburgo",), "fr": ("lande de Lunebourg",)}, 53.1, 10.0, ("DE",)),
    WaterSpec("mecklenburg", {"en": ("Mecklenburg",), "de": ("Mecklenburg",), "es": ("Mecklemburgo",), "fr": ("Mecklembourg",), "pt": ("Meclemburgo",), "it": ("Meclemburgo",)}, 53.6, 12.2, ("DE",)),
    WaterSpec("western-pomerania", {"en": ("Western Pomerania", "Hither Pomerania"), "de": ("Vorpommern",), "es": ("Pomerania Occidental",), "fr": ("Poméranie occidentale",), "it": ("Pomerania Anteriore",)}, 53.9, 13.5, ("DE",)),
    WaterSpec("pomerania", {"en": ("Pomerania",), "de": ("Pommern",), "es": ("Pomerania",), "fr": ("Poméranie",), "pt": ("Pomerânia",), "it": ("Pomerania",)}, 53.8, 15.5, ("DE", "PL")),
    WaterSpec("uckermark", {"en": ("Uckermark",), "de": ("Uckermark",), "es": ("Uckermark",)}, 53.15, 13.8, ("DE",)),
    WaterSpec("prignitz", {"en": ("Prignitz",), "de": ("Prignitz",), "es": ("Prignitz",)}, 53.1, 12.0, ("DE",)),
    WaterSpec("altmark", {"en": ("Altmark",), "de": ("Altmark",), "es": ("Altmark",)}, 52.7, 11.5, ("DE",)),
    WaterSpec("spreewald", {"en": ("Spreewald", "Spree Forest"), "de": ("Spreewald",), "es": ("Spreewald",), "fr": ("Spreewald",), "it": ("Spreewald",)}, 51.9, 14.0, ("DE",)),
    WaterSpec("lusatia", {"en": ("Lusatia",), "de": ("Lausitz",), "es": ("Lusacia",), "fr": ("Lusace",), "pt": ("Lusácia",), "it": ("Lusazia",)}, 51.4, 14.3, ("DE", "PL")),
    WaterSpec("upper-lusatia", {"en": ("Upper Lusatia",), "de": ("Oberlausitz",), "es": ("Alta Lusacia",), "fr": ("Haute-Lusace",)}, 51.15, 14.6, ("DE",)),
    WaterSpec("lower-lusatia", {"en": ("Lower Lusatia",), "de": ("Niederlausitz",), "es": ("Baja Lusacia",), "fr": ("Basse-Lusace",)}, 51.7, 13.9, ("DE",)),
    WaterSpec("vogtland", {"en": ("Vogtland",), "de": ("Vogtland",), "es": ("Vogtland",), "fr": ("Vogtland",), "it": ("Vogtland",)}, 50.5, 12.2, ("DE",)),
    WaterSpec("eichsfeld", {"en": ("Eichsfeld",), "de": ("Eichsfeld",), "es": ("Eichsfeld",)}, 51.4, 10.2, ("DE",)),
    # Austria
    WaterSpec("salzkammergut", {"en": ("Salzkammergut",), "de": ("Salzkammergut",), "es": ("Salzkammergut",), "fr": ("Salzkammergut",), "it": ("Salzkammergut",)}, 47.7, 13.6, ("AT",)),
    WaterSpec("wachau", {"en": ("Wachau", "Wachau Valley"), "de": ("Wachau",), "es": ("Wachau",), "fr": ("Wachau",), "it": ("Wachau",)}, 48.36, 15.42, ("AT",)),
    WaterSpec("waldviertel", {"en": ("Waldviertel",), "de": ("Waldviertel",), "es": ("Waldviertel",)}, 48.65, 15.2, ("AT",)),
    WaterSpec("weinviertel", {"en": ("Weinviertel",), "de": ("Weinviertel",), "es": ("Weinviertel",)}, 48.55, 16.4, ("AT",)),
    WaterSpec("muehlviertel", {"en": ("Mühlviertel",), "de": ("Mühlviertel",), "es": ("Mühlviertel",)}, 48.45, 14.4, ("AT",)),
    WaterSpec("innviertel", {"en": ("Innviertel",), "de": ("Innviertel",), "es": ("Innviertel",)}, 48.2, 13.3, ("AT",)),
    WaterSpec("mostviertel", {"en": ("Mostviertel",), "de": ("Mostviertel",), "es": ("Mostviertel",)}, 48.0, 15.0, ("AT",)),
    WaterSpec("montafon", {"en": ("Montafon",), "de": ("Montafon",), "es": ("Montafon",)}, 47.05, 9.95, ("AT",)),
    WaterSpec("zillertal", {"en": ("Zillertal", "Ziller Valley"), "de": ("Zillertal",), "es": ("Zillertal",)}, 47.2, 11.87, ("AT",)),
    WaterSpec("oetztal", {"en": ("Ötztal",), "de": ("Ötztal",), "es": ("Ötztal",)}, 47.1, 10.95, ("AT",)),
    WaterSpec("pinzgau", {"en": ("Pinzgau",), "de": ("Pinzgau",), "es": ("Pinzgau",)}, 47.3, 12.6, ("AT",)),
    # Switzerland
    WaterSpec("engadine", {"en": ("Engadine", "Engadin"), "de": ("Engadin",), "es": ("Engadina",), "fr": ("Engadine",), "it": ("Engadina",)}, 46.55, 9.85, ("CH",)),
    WaterSpec("bernese-oberland", {"en": ("Bernese Oberland",), "de": ("Berner Oberland",), "es": ("Oberland bernés",), "fr": ("Oberland bernois",), "it": ("Oberland Bernese",)}, 46.6, 7.85, ("CH",)),
    WaterSpec("romandy", {"en": ("Romandy", "French-speaking Switzerland"), "de": ("Romandie", "Westschweiz"), "es": ("Romandía", "Suiza francesa"), "fr": ("Romandie", "Suisse romande"), "it": ("Romandia", "Svizzera romanda")}, 46.6, 6.75, ("CH",)),
    WaterSpec("central-switzerland", {"en": ("Central Switzerland",), "de": ("Zentralschweiz", "Innerschweiz"), "es": ("Suiza central",), "fr": ("Suisse centrale",), "it": ("Svizzera centrale",)}, 46.95, 8.4, ("CH",)),
    WaterSpec("eastern-switzerland", {"en": ("Eastern Switzerland",), "de": ("Ostschweiz",), "es": ("Suiza oriental",), "fr": ("Suisse orientale",), "it": ("Svizzera orientale",)}, 47.35, 9.3, ("CH",)),
    # France's historical provinces that no region of today is named after
    WaterSpec("provence", {"en": ("Provence",), "de": ("Provence",), "es": ("Provenza",), "fr": ("Provence",), "pt": ("Provença",), "it": ("Provenza",)}, 43.9, 6.0, ("FR",)),
    WaterSpec("burgundy", {"en": ("Burgundy",), "de": ("Burgund",), "es": ("Borgoña",), "fr": ("Bourgogne",), "pt": ("Borgonha",), "it": ("Borgogna",)}, 47.2, 4.6, ("FR",)),
    WaterSpec("languedoc", {"en": ("Languedoc",), "de": ("Languedoc",), "es": ("Languedoc",), "fr": ("Languedoc",), "pt": ("Languedoque",), "it": ("Linguadoca",)}, 43.6, 3.4, ("FR",)),
    WaterSpec("gascony", {"en": ("Gascony",), "de": ("Gascogne",), "es": ("Gascuña",), "fr": ("Gascogne",), "pt": ("Gasconha",), "it": ("Guascogna",)}, 43.7, 0.3, ("FR",)),
    WaterSpec("picardy", {"en": ("Picardy",), "de": ("Picardie",), "es": ("Picardía",), "fr": ("Picardie",), "pt": ("Picardia",), "it": ("Piccardia",)}, 49.7, 2.6, ("FR",)),
    WaterSpec("auvergne", {"en": ("Auvergne",), "de": ("Auvergne",), "es": ("Auvernia",), "fr": ("Auvergne",), "pt": ("Auvérnia",), "it": ("Alvernia",)}, 45.5, 3.0, ("FR",)),
    WaterSpec("aquitaine", {"en": ("Aquitaine",), "de": ("Aquitanien",), "es": ("Aquitania",), "fr": ("Aquitaine",), "pt": ("Aquitânia",), "it": ("Aquitania",)}, 44.4, -0.4, ("FR",)),
    WaterSpec("franche-comte", {"en": ("Franche-Comté",), "de": ("Franche-Comté", "Freigrafschaft Burgund"), "es": ("Franco Condado",), "fr": ("Franche-Comté",), "pt": ("Franco-Condado",), "it": ("Franca Contea",)}, 47.1, 6.1, ("FR",)),
    WaterSpec("dauphine", {"en": ("Dauphiné",), "de": ("Dauphiné",), "es": ("Delfinado",), "fr": ("Dauphiné",), "pt": ("Delfinado",), "it": ("Delfinato",)}, 45.0, 5.6, ("FR",)),
    WaterSpec("limousin", {"en": ("Limousin",), "de": ("Limousin",), "es": ("Lemosín",), "fr": ("Limousin",), "pt": ("Limousin",), "it": ("Limosino",)}, 45.7, 1.6, ("FR",)),
    WaterSpec("french-riviera", {"en": ("French Riviera", "Côte d'Azur"), "de": ("Côte d'Azur", "Französische Riviera"), "es": ("Riviera francesa",), "fr": ("Côte d'Azur",), "pt": ("Riviera Francesa",), "it": ("Costa Azzurra",)}, 43.6, 7.1, ("FR",)),
    # Europe's other historical and cultural regions news names that span or lie within admin-1
    # units without being one
    WaterSpec("dalmatia", {"en": ("Dalmatia",), "de": ("Dalmatien",), "es": ("Dalmacia",), "fr": ("Dalmatie",), "pt": ("Dalmácia",), "it": ("Dalmazia",)}, 43.5, 16.4, ("HR",)),
    WaterSpec("masuria", {"en": ("Masuria",), "de": ("Masuren",), "es": ("Masuria",), "fr": ("Mazurie",), "it": ("Masuria",)}, 53.8, 21.5, ("PL",)),
    WaterSpec("galicia-eastern-europe", {"en": ("Galicia (Eastern Europe)",), "de": ("Galizien",), "es": ("Galitzia",), "fr": ("Galicie",), "it": ("Galizia (Europa orientale)",)}, 49.8, 22.8, ("PL", "UA")),
    WaterSpec("bukovina", {"en": ("Bukovina",), "de": ("Bukowina",), "es": ("Bucovina",), "fr": ("Bucovine",), "it": ("Bucovina",)}, 48.0, 25.9, ("UA", "RO")),
    WaterSpec("bessarabia", {"en": ("Bessarabia",), "de": ("Bessarabien",), "es": ("Besarabia",), "fr": ("Bessarabie",), "it": ("Bessarabia",)}, 47.0, 28.8, ("MD", "UA")),
    WaterSpec("yorkshire", {"en": ("Yorkshire",), "de": ("Yorkshire",), "es": ("Yorkshire",), "fr": ("Yorkshire",), "it": ("Yorkshire",)}, 53.95, -1.3, ("GB",)),
    WaterSpec("east-anglia", {"en": ("East Anglia",), "de": ("East Anglia",), "es": ("Anglia Oriental",), "fr": ("Est-Anglie",), "it": ("Anglia orientale",)}, 52.5, 1.0, ("GB",)),
    WaterSpec("lake-district", {"en": ("Lake District",), "de": ("Lake District",), "es": ("Distrito de los Lagos",), "fr": ("Lake District",), "it": ("Lake District",)}, 54.5, -3.1, ("GB",)),
    WaterSpec("cotswolds", {"en": ("Cotswolds",), "de": ("Cotswolds",), "es": ("Cotswolds",), "fr": ("Cotswolds",), "it": ("Cotswolds",)}, 51.8, -1.9, ("GB",)),
    WaterSpec("scottish-highlands", {"en": ("Scottish Highlands",), "de": ("Schottische Highlands", "Schottisches Hochland"), "es": ("Tierras Altas de Escocia",), "fr": ("Hautes-Terres d'Écosse",), "it": ("Highlands scozzesi",)}, 57.3, -4.8, ("GB",)),
    WaterSpec("chianti", {"en": ("Chianti",), "de": ("Chianti",), "es": ("Chianti",), "fr": ("Chianti",), "it": ("Chianti",)}, 43.5, 11.3, ("IT",)),
    WaterSpec("amalfi-coast", {"en": ("Amalfi Coast",), "de": ("Amalfiküste",), "es": ("Costa Amalfitana",), "fr": ("côte amalfitaine",), "it": ("Costiera Amalfitana",)}, 40.63, 14.6, ("IT",)),
    WaterSpec("cinque-terre", {"en": ("Cinque Terre",), "de": ("Cinque Terre",), "es": ("Cinque Terre",), "fr": ("Cinque Terre",), "it": ("Cinque Terre",)}, 44.13, 9.7, ("IT",)),
    WaterSpec("alentejo", {"en": ("Alentejo",), "de": ("Alentejo",), "es": ("Alentejo",), "fr": ("Alentejo",), "pt": ("Alentejo",), "it": ("Alentejo",)}, 38.3, -7.9, ("PT",)),
    # the Americas' great natural regions and the valley news names for its industry
    WaterSpec("amazonia", {"en": ("Amazonia", "Amazon rainforest"), "de": ("Amazonien", "Amazonas-Regenwald"), "es": ("Amazonia", "Amazonía"), "fr": ("Amazonie",), "pt": ("Amazônia", "Amazónia"), "it": ("Amazzonia",)}, -4.0, -62.0, ("BR", "PE", "CO", "BO", "EC", "VE")),
    WaterSpec("pampas", {"en": ("Pampas",), "de": ("Pampas",), "es": ("región pampeana", "llanura pampeana"), "fr": ("Pampa",), "it": ("Pampa",)}, -35.0, -62.0, ("AR", "UY")),
    WaterSpec("great-plains", {"en": ("Great Plains",), "de": ("Great Plains",), "es": ("Grandes Llanuras",), "fr": ("Grandes Plaines",), "it": ("Grandi Pianure",)}, 41.0, -101.0, ("US", "CA")),
    WaterSpec("silicon-valley", {"en": ("Silicon Valley",), "de": ("Silicon Valley",), "es": ("Silicon Valley", "Valle del Silicio"), "fr": ("Silicon Valley",), "it": ("Silicon Valley",)}, 37.4, -122.05, ("US",)),
    # Spain's coasts and the comarcas news names as places (no province or community)
    WaterSpec("la-mancha", {"en": ("La Mancha",), "de": ("La Mancha",), "es": ("La Mancha",), "pt": ("La Mancha",), "it": ("La Mancia",)}, 39.3, -3.0, ("ES",)),
    WaterSpec("costa-del-sol", {"en": ("Costa del Sol",), "de": ("Costa del Sol",), "es": ("Costa del Sol",), "fr": ("Costa del Sol",), "it": ("Costa del Sol",)}, 36.6, -4.6, ("ES",)),
    WaterSpec("costa-brava", {"en": ("Costa Brava",), "de": ("Costa Brava",), "es": ("Costa Brava",), "fr": ("Costa Brava",), "it": ("Costa Brava",)}, 41.85, 3.1, ("ES",)),
    WaterSpec("costa-blanca", {"en": ("Costa Blanca",), "de": ("Costa Blanca",), "es": ("Costa Blanca",), "fr": ("Costa Blanca",), "it": ("Costa Blanca",)}, 38.55, -0.15, ("ES",)),
    WaterSpec("costa-dorada", {"en": ("Costa Daurada", "Costa Dorada"), "de": ("Costa Daurada", "Costa Dorada"), "es": ("Costa Dorada", "Costa Daurada")}, 41.1, 1.2, ("ES",)),
    WaterSpec("costa-de-la-luz", {"en": ("Costa de la Luz",), "de": ("Costa de la Luz",), "es": ("Costa de la Luz",)}, 36.7, -6.4, ("ES",)),
    WaterSpec("rias-baixas", {"en": ("Rías Baixas",), "de": ("Rías Baixas",), "es": ("Rías Baixas", "Rías Bajas")}, 42.4, -8.75, ("ES",)),
    WaterSpec("el-bierzo", {"en": ("El Bierzo", "Bierzo"), "de": ("Bierzo",), "es": ("El Bierzo", "Bierzo")}, 42.6, -6.6, ("ES",)),
    WaterSpec("alpujarras", {"en": ("Alpujarras",), "de": ("Alpujarras",), "es": ("Las Alpujarras", "La Alpujarra", "Alpujarra")}, 36.95, -3.2, ("ES",)),
    WaterSpec("campo-de-gibraltar", {"en": ("Campo de Gibraltar",), "de": ("Campo de Gibraltar",), "es": ("Campo de Gibraltar",)}, 36.2, -5.45, ("ES",)),
    WaterSpec("tierra-de-campos", {"en": ("Tierra de Campos",), "de": ("Tierra de Campos",), "es": ("Tierra de Campos",)}, 42.05, -4.9, ("ES",)),
    WaterSpec("axarquia", {"en": ("Axarquía",), "de": ("Axarquía",), "es": ("Axarquía",)}, 36.85, -4.1, ("ES",)),
    WaterSpec("maresme", {"en": ("Maresme",), "de": ("Maresme",), "es": ("Maresme", "El Maresme")}, 41.6, 2.55, ("ES",)),
    WaterSpec("emporda", {"en": ("Empordà",), "de": ("Empordà",), "es": ("Ampurdán", "Empordà")}, 42.15, 2.95, ("ES",)),
    WaterSpec("penedes", {"en": ("Penedès",), "de": ("Penedès",), "es": ("Penedés", "Penedès")}, 41.35, 1.7, ("ES",)),
    WaterSpec("baix-llobregat", {"en": ("Baix Llobregat",), "de": ("Baix Llobregat",), "es": ("Baix Llobregat", "Bajo Llobregat")}, 41.35, 1.98, ("ES",)),
    WaterSpec("cerdanya", {"en": ("Cerdanya",), "de": ("Cerdanya",), "es": ("Cerdaña", "Cerdanya"), "fr": ("Cerdagne",)}, 42.4, 1.9, ("ES", "FR")),
    WaterSpec("val-d-aran", {"en": ("Val d'Aran", "Aran Valley"), "de": ("Val d'Aran",), "es": ("Valle de Arán", "Val d'Aran"), "fr": ("Val d'Aran",)}, 42.75, 0.85, ("ES",)),
    WaterSpec("priorat", {"en": ("Priorat",), "de": ("Priorat",), "es": ("Priorato", "Priorat")}, 41.15, 0.8, ("ES",)),
    WaterSpec("monegros", {"en": ("Monegros",), "de": ("Monegros",), "es": ("Los Monegros", "Monegros")}, 41.5, -0.2, ("ES",)),
    WaterSpec("donana", {"en": ("Doñana",), "de": ("Doñana",), "es": ("Doñana",), "fr": ("Doñana",), "it": ("Doñana",)}, 37.0, -6.45, ("ES",)),
)  # fmt: skip

#: Disputed or breakaway territories that no admin-1 unit of Natural Earth covers, with an
#: approximate centre (Abkhazia, Transnistria and Northern Cyprus are units there already).
TERRITORIES: tuple[WaterSpec, ...] = (
    WaterSpec("south-ossetia", {"en": ("South Ossetia",), "de": ("Südossetien",), "es": ("Osetia del Sur",), "fr": ("Ossétie du Sud",), "pt": ("Ossétia do Sul",), "it": ("Ossezia del Sud",)}, 42.33, 44.0, ("GE",)),
    WaterSpec("nagorno-karabakh", {"en": ("Nagorno-Karabakh", "Nagorno Karabakh", "Karabakh"), "de": ("Bergkarabach", "Berg-Karabach"), "es": ("Nagorno Karabaj", "Alto Karabaj"), "fr": ("Haut-Karabakh", "Haut-Karabagh"), "pt": ("Nagorno-Karabakh", "Alto Carabaque"), "it": ("Nagorno Karabakh", "Alto Karabakh")}, 39.85, 46.75, ("AZ",)),
    WaterSpec("golan-heights", {"en": ("Golan Heights", "Golan"), "de": ("Golanhöhen",), "es": ("Altos del Golán",), "fr": ("plateau du Golan",), "pt": ("Colinas de Golã",), "it": ("Alture del Golan",)}, 33.0, 35.75, ("SY",)),
    WaterSpec("puntland", {"en": ("Puntland",), "de": ("Puntland",), "es": ("Puntlandia",), "fr": ("Pount",), "pt": ("Puntlândia",), "it": ("Puntland",)}, 8.4, 48.9, ("SO",)),
    # further disputed islands and areas no admin-1 unit covers
    WaterSpec("senkaku-islands", {"en": ("Senkaku Islands", "Diaoyu Islands"), "de": ("Senkaku-Inseln",), "es": ("islas Senkaku",), "fr": ("îles Senkaku",), "pt": ("ilhas Senkaku",), "it": ("isole Senkaku",)}, 25.74, 123.47, ("JP",)),
    WaterSpec("kuril-islands", {"en": ("Kuril Islands", "Kurile Islands", "Kurils"), "de": ("Kurilen",), "es": ("islas Kuriles", "Kuriles"), "fr": ("îles Kouriles", "Kouriles"), "pt": ("ilhas Curilas",), "it": ("isole Curili", "Curili")}, 45.0, 147.9, ("RU",)),
    WaterSpec("aksai-chin", {"en": ("Aksai Chin",), "de": ("Aksai Chin",), "es": ("Aksai Chin",), "fr": ("Aksai Chin",), "it": ("Aksai Chin",)}, 35.2, 79.2, ("CN",)),
    WaterSpec("halaib-triangle", {"en": ("Halaib Triangle", "Hala'ib Triangle"), "de": ("Halaib-Dreieck",), "es": ("triángulo de Hala'ib",), "fr": ("triangle de Hala'ib",)}, 22.5, 35.5, ("EG",)),
    WaterSpec("scarborough-shoal", {"en": ("Scarborough Shoal",), "de": ("Scarborough-Riff",), "es": ("arrecife Scarborough", "bajo de Masinloc"), "fr": ("récif de Scarborough",)}, 15.15, 117.76),
    WaterSpec("guayana-esequiba", {"en": ("Guayana Esequiba", "Essequibo"), "de": ("Essequibo", "Guayana Esequiba"), "es": ("Guayana Esequiba", "Esequibo"), "fr": ("Guayana Esequiba", "Essequibo"), "it": ("Guayana Esequiba",)}, 6.5, -59.5, ("GY",)),
)  # fmt: skip

#: Admin-1 units that Natural Earth names, in some languages, by an adjective alone: a word of
#: everyday text ("a Jewish family", "die Jüdische Gemeinde"). For these its one-word names, and
#: its names in the languages listed, are left out, and the full names here given instead (the
#: English one is the unit's own); other names go in ADMIN1_ALIASES.
ADMIN1_FULL_NAMES: dict[str, dict[str, str]] = {
    "RU-YEV": {
        "en": "Jewish Autonomous Oblast",
        "de": "Jüdische Autonome Oblast",
        "es": "Óblast Autónomo Hebreo",
        "fr": "Oblast autonome juif",
        "it": "Oblast autonoma ebraica",
        "pt": "Oblast Autônomo Judaico",
    },
}

#: Names of admin-1 units in news that Natural Earth lacks, keyed by ISO 3166-2 code.
ADMIN1_ALIASES: dict[str, dict[str, tuple[str, ...]]] = {
    # the short form German news use for the state (two-letter forms such as Austria's "NÖ" are
    # left out: capitals of two letters are read as country codes only)
    "DE-NW": {"de": ("NRW",)},
    # the short form Australian news use for the state on its own ("across NSW and Queensland")
    "AU-NSW": {"en": ("NSW",)},
    # the other English name of the oblast (see ADMIN1_FULL_NAMES)
    "RU-YEV": {"en": ("Jewish Autonomous Region",)},
    # the Swiss short forms of the half-canton
    "CH-BL": {"de": ("Baselland", "Baselbiet")},
    "PS-GZZ": {"en": ("Gaza Strip",), "de": ("Gazastreifen",), "es": ("Franja de Gaza",)},
    "PS-WBK": {"es": ("Cisjordania",)},
    # the Algarve, the district of Faro: Natural Earth's unit under the region's name
    "PT-08": {
        "en": ("Algarve",),
        "de": ("Algarve",),
        "es": ("Algarve",),
        "fr": ("Algarve",),
        "pt": ("Algarve",),
        "it": ("Algarve",),
    },
    # the Aosta Valley, one province and one region: Natural Earth's unit under the region's names
    "IT-AO": {
        "de": ("Aostatal",),
        "en": ("Aosta Valley",),
        "es": ("Valle de Aosta",),
        "fr": ("Vallée d'Aoste",),
        "it": ("Valle d'Aosta",),
    },
}


#: Names of ISO 3166-2 parent units (Spain's autonomous communities, Italy's and France's
#: regions) that pycountry's translations and CLDR lack: their exonyms in the supported
#: languages ("Katalonien", "Baskenland", "Aostatal") and the official long forms news use
#: ("Comunidad de Madrid", "Región de Murcia"). Keyed by ISO 3166-2 code; the build gives each
#: name to the place the code stands for. German weak forms ("Kanarischen Inseln") are listed,
#: as the build derives them before the parent units exist. Left out: names that are a common
#: word in another language (German "Marken" for Marche).
REGION_ALIASES: dict[str, dict[str, tuple[str, ...]]] = {
    "ES-CT": {"de": ("Katalonien",), "en": ("Catalonia",), "es": ("Cataluña",), "fr": ("Catalogne",), "pt": ("Catalunha",), "it": ("Catalogna",)},
    "ES-PV": {"de": ("Baskenland",), "en": ("Basque Country",), "es": ("País Vasco", "Euskadi"), "fr": ("Pays basque",), "pt": ("País Basco",), "it": ("Paesi Baschi",)},
    "ES-GA": {"de": ("Galicien",), "fr": ("Galice",), "it": ("Galizia",), "pt": ("Galiza",)},
    "ES-VC": {"de": ("Valencianische Gemeinschaft", "Region Valencia"), "es": ("Comunidad Valenciana", "Comunitat Valenciana"), "fr": ("Communauté valencienne",), "it": ("Comunità Valenciana",)},
    "ES-MC": {"de": ("Region Murcia",), "en": ("Region of Murcia",), "es": ("Región de Murcia",)},
    "ES-MD": {"de": ("Autonome Gemeinschaft Madrid",), "en": ("Community of Madrid",), "es": ("Comunidad de Madrid",), "fr": ("Communauté de Madrid",), "it": ("Comunità di Madrid",)},
    "ES-CN": {"de": ("Kanarische Inseln", "Kanarischen Inseln", "Kanaren"), "en": ("Canary Islands", "Canaries"), "es": ("Islas Canarias", "Canarias"), "fr": ("Îles Canaries", "Canaries"), "pt": ("Ilhas Canárias",), "it": ("Isole Canarie",)},
    "ES-IB": {"de": ("Balearen", "Balearische Inseln", "Balearischen Inseln"), "es": ("Islas Baleares", "Baleares"), "fr": ("Îles Baléares",), "it": ("Isole Baleari",)},
    "ES-NC": {"es": ("Comunidad Foral de Navarra",)},
    "ES-AS": {"es": ("Principado de Asturias",)},
    "IT-36": {"de": ("Friaul-Julisch Venetien", "Friaul"), "en": ("Friuli-Venezia Giulia", "Friuli"), "es": ("Friuli-Venecia Julia",), "fr": ("Frioul-Vénétie julienne",), "it": ("Friuli-Venezia Giulia", "Friuli")},
    "IT-67": {"de": ("Molise",), "en": ("Molise",), "es": ("Molise",), "it": ("Molise",)},
    "FR-GES": {"de": ("Grand Est",), "en": ("Grand Est",), "es": ("Gran Este",), "fr": ("Grand Est",), "it": ("Grand Est",)},
}  # fmt: skip


#: Short forms and abbreviations of country names that news use and no registry table lists.
COUNTRY_ALIASES: dict[str, dict[str, tuple[str, ...]]] = {
    "US": {
        "en": ("USA", "U.S.", "U.S.A.", "US", "America", "United States of America"),
        "de": ("USA", "Vereinigte Staaten von Amerika", "Amerika"),
        "es": ("EE. UU.", "EE.UU.", "EEUU", "EUA", "Estados Unidos de América"),
    },
    "GB": {
        "en": ("UK", "U.K.", "Britain", "Great Britain"),
        "de": ("Großbritannien", "Grossbritannien"),
        "es": ("Reino Unido", "Gran Bretaña"),
    },
    "AE": {"en": ("UAE", "U.A.E."), "de": ("VAE",), "es": ("EAU",)},
    # the country by its larger part, as news name it
    "BA": {
        "en": ("Bosnia",),
        "de": ("Bosnien",),
        "es": ("Bosnia",),
        "fr": ("Bosnie",),
        "it": ("Bosnia",),
        "pt": ("Bósnia",),
    },
    "CD": {
        "en": ("DRC", "DR Congo", "Congo-Kinshasa", "Democratic Republic of Congo"),
        "de": ("Kongo-Kinshasa", "Demokratische Republik Kongo"),
        "es": ("RDC", "República Democrática del Congo"),
    },
    "CG": {"en": ("Congo-Brazzaville", "Republic of Congo"), "de": ("Kongo-Brazzaville",)},
    "NL": {"en": ("Holland",), "de": ("Holland",), "es": ("Holanda",)},
    "RU": {
        "en": ("Russian Federation",),
        "de": ("Russische Föderation",),
        "es": ("Federación Rusa",),
    },
    "KR": {"en": ("Korea",), "de": ("Südkorea",), "es": ("Corea del Sur",)},
    "KP": {"en": ("DPRK",), "de": ("Nordkorea",), "es": ("Corea del Norte",)},
    "CZ": {"en": ("Czech Republic",), "de": ("Tschechei",)},
    "MM": {"en": ("Burma",), "de": ("Birma",), "es": ("Birmania",)},
    "CI": {"en": ("Ivory Coast",), "de": ("Elfenbeinküste",), "es": ("Costa de Marfil",)},
    "TR": {"en": ("Turkey", "Türkiye"), "de": ("Türkei",), "es": ("Turquía",)},
    "PS": {
        "en": ("Palestine", "Palestinian territories"),
        "de": ("Palästina", "Palästinensergebiete"),
    },
    "VA": {"en": ("Vatican", "Holy See"), "de": ("Vatikan",), "es": ("Vaticano",)},
    "MK": {"en": ("Macedonia",), "de": ("Mazedonien", "Nordmazedonien")},
    "SZ": {"en": ("Swaziland",), "de": ("Swasiland",)},
    "CV": {"en": ("Cape Verde",), "de": ("Kap Verde",)},
    "TL": {"en": ("East Timor",), "de": ("Osttimor",)},
}


#: Abbreviations of US states in news style that Natural Earth lacks (it has "Kans.", "Ariz.",
#: "W.Va."); like every abbreviation they are ``abbrev`` name entries, for "Topeka, Kan.".
US_STATE_ABBREVIATIONS: dict[str, tuple[str, ...]] = {
    "US-KS": ("Kan.",),
    "US-NE": ("Neb.",),
    "US-PA": ("Penn.",),
    "US-WV": ("W. Va.",),
    "US-ND": ("N. Dak.",),
    "US-SD": ("S. Dak.",),
    "US-WI": ("Wisc.",),
    "US-DC": ("D.C.", "DC"),
}

#: Country points that replace the conventional (Factbook) point where that one is known to sit
#: off the point gazetteers use: the Factbook puts the United States at 38 N 97 W, while GeoNames
#: and most maps put it at the geographic centre of the contiguous states, near Lebanon, Kansas.
COUNTRY_POINTS: dict[str, tuple[float, float]] = {
    "US": (39.83, -98.58),
}
