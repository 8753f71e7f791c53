// SPDX-License-Identifier: GPL-3.0-or-later
// A direct rendering of Martin Porter's reference algorithm ("An algorithm for
// suffix stripping", 1980) over a small ASCII buffer.
#include "PorterStemmer.h"

#include <array>

namespace Scrutiny::PorterStemmer {

namespace {

class Stemming
{
public:
    explicit Stemming(QStringView word)
    {
        for (QChar c : word)
            b[++k] = char(c.unicode());
    }

    QString result() const { return QString::fromLatin1(b.data(), k + 1); }

    void run()
    {
        step1ab();
        if (k > 0) {
            step1c();
            step2();
            step3();
            step4();
            step5();
        }
    }

    static constexpr int capacity = 64;

private:
    std::array<char, capacity> b {};
    int k = -1; // index of the last letter
    int j = 0; // end of the stem before the suffix ends() matched

    bool cons(int i) const
    {
        switch (b[i]) {
        case 'a':
        case 'e':
        case 'i':
        case 'o':
        case 'u':
            return false;
        case 'y':
            return i == 0 || !cons(i - 1);
        default:
            return true;
        }
    }

    // The number of vowel-consonant sequences in b[0..j].
    int m() const
    {
        int n = 0;
        int i = 0;
        while (true) {
            if (i > j)
                return n;
            if (!cons(i))
                break;
            ++i;
        }
        ++i;
        while (true) {
            while (true) {
                if (i > j)
                    return n;
                if (cons(i))
                    break;
                ++i;
            }
            ++i;
            ++n;
            while (true) {
                if (i > j)
                    return n;
                if (!cons(i))
                    break;
                ++i;
            }
            ++i;
        }
    }

    bool vowelInStem() const
    {
        for (int i = 0; i <= j; ++i) {
            if (!cons(i))
                return true;
        }
        return false;
    }

    bool doubleConsonant(int i) const { return i >= 1 && b[i] == b[i - 1] && cons(i); }

    // consonant-vowel-consonant ending at i, the last not w, x or y ("hop", not "snow").
    bool cvc(int i) const
    {
        if (i < 2 || !cons(i) || cons(i - 1) || !cons(i - 2))
            return false;
        return b[i] != 'w' && b[i] != 'x' && b[i] != 'y';
    }

    bool ends(const char *s)
    {
        int length = 0;
        while (s[length])
            ++length;
        if (length > k + 1)
            return false;
        for (int i = 0; i < length; ++i) {
            if (b[k - length + 1 + i] != s[i])
                return false;
        }
        j = k - length;
        return true;
    }

    void setTo(const char *s)
    {
        int i = 0;
        for (; s[i]; ++i)
            b[j + 1 + i] = s[i];
        k = j + i;
    }

    void replaceIfMeasured(const char *s)
    {
        if (m() > 0)
            setTo(s);
    }

    void step1ab()
    {
        if (b[k] == 's') {
            if (ends("sses"))
                k -= 2;
            else if (ends("ies"))
                setTo("i");
            else if (k >= 1 && b[k - 1] != 's')
                --k;
        }
        if (ends("eed")) {
            if (m() > 0)
                --k;
        } else if ((ends("ed") || ends("ing")) && vowelInStem()) {
            k = j;
            if (ends("at"))
                setTo("ate");
            else if (ends("bl"))
                setTo("ble");
            else if (ends("iz"))
                setTo("ize");
            else if (doubleConsonant(k)) {
                --k;
                const char c = b[k];
                if (c == 'l' || c == 's' || c == 'z')
                    ++k;
            } else {
                j = k;
                if (m() == 1 && cvc(k))
                    setTo("e");
            }
        }
    }

    void step1c()
    {
        if (ends("y") && vowelInStem())
            b[k] = 'i';
    }

    void step2()
    {
        switch (b[k - 1]) {
        case 'a':
            if (ends("ational")) {
                replaceIfMeasured("ate");
                break;
            }
            if (ends("tional"))
                replaceIfMeasured("tion");
            break;
        case 'c':
            if (ends("enci")) {
                replaceIfMeasured("ence");
                break;
            }
            if (ends("anci"))
                replaceIfMeasured("ance");
            break;
        case 'e':
            if (ends("izer"))
                replaceIfMeasured("ize");
            break;
        case 'l':
            if (ends("bli")) {
                replaceIfMeasured("ble");
                break;
            }
            if (ends("alli")) {
                replaceIfMeasured("al");
                break;
            }
            if (ends("entli")) {
                replaceIfMeasured("ent");
                break;
            }
            if (ends("eli")) {
                replaceIfMeasured("e");
                break;
            }
            if (ends("ousli"))
                replaceIfMeasured("ous");
            break;
        case 'o':
            if (ends("ization")) {
                replaceIfMeasured("ize");
                break;
            }
            if (ends("ation")) {
                replaceIfMeasured("ate");
                break;
            }
            if (ends("ator"))
                replaceIfMeasured("ate");
            break;
        case 's':
            if (ends("alism")) {
                replaceIfMeasured("al");
                break;
            }
            if (ends("iveness")) {
                replaceIfMeasured("ive");
                break;
            }
            if (ends("fulness")) {
                replaceIfMeasured("ful");
                break;
            }
            if (ends("ousness"))
                replaceIfMeasured("ous");
            break;
        case 't':
            if (ends("aliti")) {
                replaceIfMeasured("al");
                break;
            }
            if (ends("iviti")) {
                replaceIfMeasured("ive");
                break;
            }
            if (ends("biliti"))
                replaceIfMeasured("ble");
            break;
        case 'g':
            if (ends("logi"))
                replaceIfMeasured("log");
            break;
        default:
            break;
        }
    }

    void step3()
    {
        switch (b[k]) {
        case 'e':
            if (ends("icate")) {
                replaceIfMeasured("ic");
                break;
            }
            if (ends("ative")) {
                replaceIfMeasured("");
                break;
            }
            if (ends("alize"))
                replaceIfMeasured("al");
            break;
        case 'i':
            if (ends("iciti"))
                replaceIfMeasured("ic");
            break;
        case 'l':
            if (ends("ical")) {
                replaceIfMeasured("ic");
                break;
            }
            if (ends("ful"))
                replaceIfMeasured("");
            break;
        case 's':
            if (ends("ness"))
                replaceIfMeasured("");
            break;
        default:
            break;
        }
    }

    void step4()
    {
        switch (b[k - 1]) {
        case 'a':
            if (ends("al"))
                break;
            return;
        case 'c':
            if (ends("ance") || ends("ence"))
                break;
            return;
        case 'e':
            if (ends("er"))
                break;
            return;
        case 'i':
            if (ends("ic"))
                break;
            return;
        case 'l':
            if (ends("able") || ends("ible"))
                break;
            return;
        case 'n':
            if (ends("ant") || ends("ement") || ends("ment") || ends("ent"))
                break;
            return;
        case 'o':
            if (ends("ion") && j >= 0 && (b[j] == 's' || b[j] == 't'))
                break;
            if (ends("ou"))
                break;
            return;
        case 's':
            if (ends("ism"))
                break;
            return;
        case 't':
            if (ends("ate") || ends("iti"))
                break;
            return;
        case 'u':
            if (ends("ous"))
                break;
            return;
        case 'v':
            if (ends("ive"))
                break;
            return;
        case 'z':
            if (ends("ize"))
                break;
            return;
        default:
            return;
        }
        if (m() > 1)
            k = j;
    }

    void step5()
    {
        j = k;
        if (b[k] == 'e') {
            const int a = m();
            if (a > 1 || (a == 1 && !cvc(k - 1)))
                --k;
        }
        if (b[k] == 'l' && doubleConsonant(k) && m() > 1)
            --k;
    }
};

} // namespace

QString stem(QStringView word)
{
    if (word.size() <= 2 || word.size() >= Stemming::capacity)
        return word.toString();
    for (QChar c : word) {
        if (c < u'a' || c > u'z')
            return word.toString();
    }
    Stemming s(word);
    s.run();
    return s.result();
}

} // namespace Scrutiny::PorterStemmer
