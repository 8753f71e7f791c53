// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

namespace Scrutiny {

/// Help › About Scrutiny: the version, the licence, and the libraries Scrutiny
/// is built on with their versions and licences; a button for About Qt.
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(QWidget *parent = nullptr);
};

} // namespace Scrutiny
