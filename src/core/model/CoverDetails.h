// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace Scrutiny {

/// The meeting a committee pack is for, printed on its cover and in its footer.
/// Remembered per project (the store's cover_fields table) and set from the CLI
/// (`scrutiny-cli cover set committee "..."`) or the export dialog.
struct CoverDetails
{
    enum class Field { Committee, Meeting, Date, AgendaItem, Officer, Version };

    QString committee; ///< "Social Care Scrutiny Committee"
    QString meeting; ///< "Ordinary meeting"
    QString date; ///< as the clerk writes it: "12 January 2027"
    QString agendaItem; ///< "Item 6"
    QString officer; ///< the report's author or contact officer
    QString version; ///< "Draft 2"

    static QList<Field> fields();
    /// The key the store and the CLI use: "committee", "meeting", "date", "agenda-item", "officer", "version".
    static QString key(Field field);
    static std::optional<Field> fieldFromKey(QStringView key);
    /// The label printed on the cover ("Agenda item"), translated.
    static QString label(Field field);

    QString value(Field field) const;
    void setValue(Field field, const QString &value);
    bool isEmpty() const;
    bool operator==(const CoverDetails &) const = default;
};

} // namespace Scrutiny
