// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QTextBrowser;

namespace Scrutiny {

/// Help › Handbook: the short user guide shipped inside the program
/// (resources/handbook), in the language the program speaks.
class HandbookDialog : public QDialog
{
    Q_OBJECT
public:
    explicit HandbookDialog(QWidget *parent = nullptr);

    /// The resource path of the handbook in `language`, English when there is none.
    static QString pathFor(const QString &language);
    QTextBrowser *browser() const { return m_browser; }

private:
    QTextBrowser *m_browser;
};

} // namespace Scrutiny
