#include "PassphrasePolicy.h"

#include "TextSearch.h"

#include <QSet>
#include <QStringList>

#include <algorithm>

namespace teren {

namespace {

// Passwords found at the top of every published list of leaked passwords, and their
// Czech counterparts; compared folded (no case, no diacritics), also once digits,
// spaces and signs around them are taken off ("Heslo2024!" is "heslo").
const QSet<QString> &common()
{
    static const QSet<QString> words = {
        QStringLiteral("password"), QStringLiteral("passphrase"), QStringLiteral("passwort"),
        QStringLiteral("heslo"), QStringLiteral("hesloheslo"), QStringLiteral("mojeheslo"),
        QStringLiteral("tajneheslo"), QStringLiteral("noveheslo"), QStringLiteral("admin"),
        QStringLiteral("administrator"), QStringLiteral("root"), QStringLiteral("user"), QStringLiteral("login"),
        QStringLiteral("welcome"), QStringLiteral("letmein"), QStringLiteral("iloveyou"), QStringLiteral("monkey"),
        QStringLiteral("dragon"), QStringLiteral("football"), QStringLiteral("baseball"), QStringLiteral("soccer"),
        QStringLiteral("master"), QStringLiteral("shadow"), QStringLiteral("sunshine"), QStringLiteral("princess"),
        QStringLiteral("superman"), QStringLiteral("batman"), QStringLiteral("trustno"), QStringLiteral("secret"),
        QStringLiteral("changeme"), QStringLiteral("default"), QStringLiteral("guest"), QStringLiteral("test"),
        QStringLiteral("testtest"), QStringLiteral("qwerty"), QStringLiteral("qwertz"), QStringLiteral("qwertyuiop"),
        QStringLiteral("qwertzuiop"), QStringLiteral("asdfgh"), QStringLiteral("asdfghjkl"), QStringLiteral("yxcvbnm"),
        QStringLiteral("zxcvbnm"), QStringLiteral("abc"), QStringLiteral("abcdef"), QStringLiteral("abcdefgh"),
        QStringLiteral("abcdefghij"), QStringLiteral("starwars"), QStringLiteral("pokemon"), QStringLiteral("michael"),
        QStringLiteral("jordan"), QStringLiteral("charlie"), QStringLiteral("jennifer"), QStringLiteral("hunter"),
        QStringLiteral("freedom"), QStringLiteral("whatever"), QStringLiteral("computer"), QStringLiteral("internet"),
        QStringLiteral("samsung"), QStringLiteral("google"), QStringLiteral("facebook"), QStringLiteral("microsoft"),
        QStringLiteral("windows"), QStringLiteral("linux"), QStringLiteral("ahoj"), QStringLiteral("ahojahoj"),
        QStringLiteral("nazdar"), QStringLiteral("cau"), QStringLiteral("miluji"), QStringLiteral("milujutě"),
        QStringLiteral("milujute"), QStringLiteral("lasko"), QStringLiteral("laska"), QStringLiteral("beruska"),
        QStringLiteral("kocicka"), QStringLiteral("pejsek"), QStringLiteral("slunicko"),
        QStringLiteral("zlaticko"), QStringLiteral("andulka"), QStringLiteral("jahoda"), QStringLiteral("malina"),
        QStringLiteral("sparta"), QStringLiteral("slavia"), QStringLiteral("banik"), QStringLiteral("hokej"),
        QStringLiteral("fotbal"), QStringLiteral("praha"), QStringLiteral("brno"), QStringLiteral("ostrava"),
        QStringLiteral("cesko"), QStringLiteral("ceskarepublika"), QStringLiteral("teren"),
        QStringLiteral("terenniprace"), QStringLiteral("kraj"), QStringLiteral("klient"), QStringLiteral("klienti"),
        QStringLiteral("pracovnik"), QStringLiteral("koordinator"), QStringLiteral("socialniprace"),
        QStringLiteral("notebook"), QStringLiteral("pocitac"), QStringLiteral("tajne"), QStringLiteral("tajemstvi"),
        QStringLiteral("prosim"), QStringLiteral("dekuji"), QStringLiteral("jaroslav"), QStringLiteral("petr"),
        QStringLiteral("jana"), QStringLiteral("marie"), QStringLiteral("tomas"), QStringLiteral("martin"),
        QStringLiteral("lucie"), QStringLiteral("veronika"), QStringLiteral("michal"), QStringLiteral("lenka"),
    };
    return words;
}

// Keyboard rows and the alphabet and digits in order: a passphrase inside one of them
// (or its reverse) is a walk along the keys.
bool isKeyboardWalk(const QString &folded)
{
    static const QStringList rows = {
        QStringLiteral("1234567890"), QStringLiteral("qwertyuiop"), QStringLiteral("qwertzuiop"),
        QStringLiteral("asdfghjkl"), QStringLiteral("yxcvbnm"), QStringLiteral("zxcvbnm"),
        QStringLiteral("abcdefghijklmnopqrstuvwxyz"), QStringLiteral("escrzyaie"),
    };
    for (const QString &row : rows) {
        const QString doubled = row + row;
        QString reversed = doubled;
        std::reverse(reversed.begin(), reversed.end());
        if (doubled.contains(folded) || reversed.contains(folded))
            return true;
    }
    return false;
}

QString core(const QString &folded)
{
    QString stripped;
    for (const QChar c : folded) {
        if (c.isLetter())
            stripped += c;
    }
    return stripped;
}

} // namespace

QString PassphrasePolicy::problem(const QString &passphrase)
{
    if (passphrase.size() < minimumLength)
        return tr("The passphrase must have at least %1 characters; a few words in a row are easiest to remember.")
            .arg(minimumLength);
    const QString folded = TextSearch::fold(passphrase);
    QSet<QChar> distinct;
    for (const QChar c : folded)
        distinct.insert(c);
    if (distinct.size() < 4)
        return tr("The passphrase uses too few different characters; choose a few words instead.");
    const QString compact = QString(folded).remove(QLatin1Char(' '));
    if (common().contains(compact) || common().contains(core(folded)) || isKeyboardWalk(compact)
        || isKeyboardWalk(folded))
        return tr("This passphrase is among the ones people choose most often, and the first an attacker tries; "
                  "choose another.");
    return {};
}

} // namespace teren
