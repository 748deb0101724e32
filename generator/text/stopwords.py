"""The commonest function words of the languages news is most often written in.

Prose is dense with function words ("the", "of", "que", "und"); menus, headlines and
lists are not. The cleaner uses that density to tell article text from page furniture,
so it needs short lists for more than English: each list holds a language's most
frequent closed-class words.
"""

from __future__ import annotations

_LISTS = {
    "en": """a about after all also an and any are as at be because been but by can could
        did do does for from had has have he her his how i if in into is it its just more
        most my no not of on one only or other our out over said she so some than that the
        their them then there these they this those to up was we were what when which who
        will with would you""",
    "es": """a al algo como con de del desde donde el ella ellos en entre era es esta este
        fue ha hay la las le les lo los más mi muy no nos o para pero por que se sea ser si
        sin sobre su sus también te tiene un una uno y ya""",
    "pt": """a ao aos as com como da das de do dos e ela ele em entre era essa esse está
        foi há isso já mais mas na nas não no nos o os ou para pela pelo por que se sem ser
        seu sua são também tem um uma você""",
    "fr": """à au aux avec ce ces cette dans de des du elle en est et il ils je la le les
        leur mais ne nous on ou par pas plus pour qu que qui sa se ses son sont sur un une
        vous été être a""",
    "de": """aber als am an auch auf aus bei bis das dass dem den der des die durch ein
        eine einem einen einer es für hat im in ist mit nach nicht noch nur oder sich sie
        sind so um und von vor war wie wird zu zum zur""",
    "it": """a al alla anche che chi come con da dal dalla degli dei del della di e è gli
        ha i il in la le lo ma mi nel nella non per più quando se si sono su sua suo un una
        uno""",
    "nl": """aan al als bij dan dat de den der die dit door een en er het heeft hij hun ik
        in is je maar met naar niet nog of om ook op te tot uit van voor was wat wel werd
        worden zijn ze zich""",
    "id": """ada adalah agar akan atau bagi bahwa dalam dan dari dengan di ia ini itu jika
        juga kami karena ke kita lebih oleh pada para saat sebagai sudah tersebut tidak
        untuk yang""",
}

FUNCTION_WORDS: frozenset[str] = frozenset(
    word for words in _LISTS.values() for word in words.split()
)
