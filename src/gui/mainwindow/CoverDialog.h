// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/CoverDetails.h"

#include <QDialog>
#include <QHash>

class QLineEdit;

namespace Scrutiny {

/// Asks for the meeting a committee pack is for (committee, meeting, date,
/// agenda item, officer, version) before the annotated PDF is written or
/// printed. Starts from what the project remembers; the caller saves the answer
/// to the project (one undo step) and prints it on the cover and in the footer.
class CoverDialog : public QDialog
{
    Q_OBJECT
public:
    explicit CoverDialog(const CoverDetails &details, QWidget *parent = nullptr);

    CoverDetails details() const;
    /// The field's editor, for tests.
    QLineEdit *editor(CoverDetails::Field field) const;

private:
    QHash<int, QLineEdit *> m_editors;
};

} // namespace Scrutiny
