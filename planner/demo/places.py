"""Real places for the demo's accounts: a cluster around Lyon for a trip, and others far away."""

from __future__ import annotations

from planner.domain.model import Company

# (street, postal code, city, region, country). Streets are made up; the towns are real, so
# the offline gazetteer finds them. Every other account is around Lyon, so a three-day trip
# there has more due accounts than room.
_LYON = (
    ("12 rue de la République", "69002", "Lyon", "Auvergne-Rhône-Alpes", "France"),
    ("45 cours Émile Zola", "69100", "Villeurbanne", "Auvergne-Rhône-Alpes", "France"),
    ("8 avenue Jean Jaurès", "69200", "Vénissieux", "Auvergne-Rhône-Alpes", "France"),
    ("3 rue du Dauphiné", "69500", "Bron", "Auvergne-Rhône-Alpes", "France"),
    ("21 quai Jean Jacques Rousseau", "69350", "La Mulatière", "Auvergne-Rhône-Alpes", "France"),
    ("17 route de Lyon", "69140", "Rillieux-la-Pape", "Auvergne-Rhône-Alpes", "France"),
    ("6 rue Victor Hugo", "69600", "Oullins", "Auvergne-Rhône-Alpes", "France"),
    ("30 avenue Jean Jaurès", "69150", "Décines-Charpieu", "Auvergne-Rhône-Alpes", "France"),
    ("2 place Aristide Briand", "69800", "Saint-Priest", "Auvergne-Rhône-Alpes", "France"),
    ("14 chemin du Petit Bois", "69130", "Écully", "Auvergne-Rhône-Alpes", "France"),
    ("9 rue de la Paix", "69330", "Meyzieu", "Auvergne-Rhône-Alpes", "France"),
    ("25 quai Riondet", "38200", "Vienne", "Auvergne-Rhône-Alpes", "France"),
    ("11 rue Nationale", "69400", "Villefranche-sur-Saône", "Auvergne-Rhône-Alpes", "France"),
    ("4 place Jean Jaurès", "69700", "Givors", "Auvergne-Rhône-Alpes", "France"),
    ("19 rue Gambetta", "69300", "Caluire-et-Cuire", "Auvergne-Rhône-Alpes", "France"),
    ("7 avenue de la Libération", "69160", "Tassin-la-Demi-Lune", "Auvergne-Rhône-Alpes", "France"),
)
_ELSEWHERE = (
    ("1 place Grenette", "38000", "Grenoble", "Auvergne-Rhône-Alpes", "France"),
    ("16 rue Michelet", "42000", "Saint-Étienne", "Auvergne-Rhône-Alpes", "France"),
    ("48 rue de Rivoli", "75004", "Paris", "Île-de-France", "France"),
    ("10 rue du Rhône", "1204", "Geneva", "Genève", "Switzerland"),
    ("22 King Street", "M2 6AZ", "Manchester", "England", "United Kingdom"),
    ("5 Park Row", "LS1 5HD", "Leeds", "England", "United Kingdom"),
    ("90 Queen Street", "EC4N 1SA", "London", "England", "United Kingdom"),
    ("Leopoldstraße 12", "80802", "Munich", "Bayern", "Germany"),
    ("Via Torino 40", "20123", "Milan", "Lombardia", "Italy"),
    ("Carrer de Balmes 77", "08008", "Barcelona", "Catalonia", "Spain"),
)


def demo_address(index: int, company: Company) -> Company:
    """The company with a real town: even indexes around Lyon, odd ones elsewhere."""
    if index % 2 == 0:
        street, postal_code, city, region, country = _LYON[(index // 2) % len(_LYON)]
    else:
        street, postal_code, city, region, country = _ELSEWHERE[(index // 2) % len(_ELSEWHERE)]
    return company.replace(
        street=street, postal_code=postal_code, city=city, region=region, country=country
    )
