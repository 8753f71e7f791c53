// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <memory>

namespace Scrutiny::Ingest {

/// A Hunspell dictionary shared by every import in the process: loading one
/// takes longer than importing a report, so each is loaded once per path and
/// its answers are remembered.
class SpellingDictionary
{
public:
    /// The default dictionary: British English, as reports are written.
    static QString defaultPath() { return QStringLiteral("/usr/share/hunspell/en_GB"); }

    /// The dictionary at `basePath` (without .dic/.aff), or nullptr when it does not exist.
    static std::shared_ptr<SpellingDictionary> open(const QString &basePath);

    /// True when Hunspell accepts the word. Thread-safe.
    bool isWord(QStringView word) const;

    ~SpellingDictionary();
    SpellingDictionary(const SpellingDictionary &) = delete;
    SpellingDictionary &operator=(const SpellingDictionary &) = delete;

private:
    struct Private;
    explicit SpellingDictionary(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

} // namespace Scrutiny::Ingest
