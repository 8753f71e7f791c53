// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow/WelcomePage.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QKeySequence>
#include <QListWidget>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

// Resources of a static library are registered only when asked for by name.
static void initialiseSampleResource()
{
    Q_INIT_RESOURCE(sample);
}

namespace Scrutiny {

using namespace Qt::StringLiterals;

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent)
    , m_open(new QPushButton(tr("&Open a Report…"), this))
    , m_sample(new QPushButton(tr("&Try It on a Sample Report"), this))
    , m_recent(new QListWidget(this))
{
    setObjectName(u"welcomePage"_s);
    auto *title = new QLabel(tr("No report open"), this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    title->setFont(big);
    auto *hint = new QLabel(
        tr("Open a report (%1) or drop one here: plain text, a saved web page or a PDF. "
           "Scrutiny splits it into findings, priorities, quotes and the response, ready to tag and link.")
            .arg(QKeySequence(QKeySequence::Open).toString(QKeySequence::NativeText)),
        this);
    hint->setWordWrap(true);
    hint->setObjectName(u"welcomeHint"_s);
    m_open->setObjectName(u"welcomeOpen"_s);
    m_sample->setObjectName(u"welcomeSample"_s);
    m_sample->setToolTip(tr("A fictionalised joint review of a council's social services, to see what Scrutiny does"));
    auto *recentLabel = new QLabel(tr("&Recent projects and reports:"), this);
    recentLabel->setBuddy(m_recent);
    m_recent->setObjectName(u"welcomeRecent"_s);
    m_recent->setAccessibleName(tr("Recent projects and reports"));
    m_recent->setMaximumHeight(180);

    auto *column = new QVBoxLayout;
    column->addWidget(title);
    column->addWidget(hint);
    column->addSpacing(12);
    column->addWidget(m_open);
    column->addWidget(m_sample);
    column->addSpacing(12);
    column->addWidget(recentLabel);
    column->addWidget(m_recent);
    auto *centred = new QWidget(this);
    centred->setLayout(column);
    centred->setMaximumWidth(560);
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(centred, 0, Qt::AlignHCenter);
    layout->addStretch(2);

    connect(m_open, &QPushButton::clicked, this, &WelcomePage::openRequested);
    connect(m_sample, &QPushButton::clicked, this, &WelcomePage::sampleRequested);
    const auto open = [this](QListWidgetItem *item) {
        if (item && !item->data(Qt::UserRole).toString().isEmpty())
            Q_EMIT recentRequested(item->data(Qt::UserRole).toString());
    };
    connect(m_recent, &QListWidget::itemActivated, this, open);
    connect(m_recent, &QListWidget::itemClicked, this, open);
    setRecent({});
}

QPushButton *WelcomePage::openButton() const
{
    return m_open;
}

QPushButton *WelcomePage::sampleButton() const
{
    return m_sample;
}

QListWidget *WelcomePage::recentList() const
{
    return m_recent;
}

void WelcomePage::setRecent(const QStringList &paths)
{
    m_recent->clear();
    for (const QString &path : paths) {
        if (!QFileInfo::exists(path))
            continue;
        auto *item = new QListWidgetItem(QFileInfo(path).fileName(), m_recent);
        item->setData(Qt::UserRole, path);
        item->setToolTip(QDir::toNativeSeparators(path));
    }
    if (m_recent->count() == 0) {
        auto *none = new QListWidgetItem(tr("None yet"), m_recent);
        none->setFlags(Qt::NoItemFlags);
    }
}

QString WelcomePage::sampleReportPath(QString *error)
{
    initialiseSampleResource();
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/sample"_s;
    const QString path = dir + u"/wrexham-joint-review.txt"_s;
    QFile::remove(path);
    if (!QDir().mkpath(dir) || !QFile::copy(u":/sample/wrexham-joint-review.txt"_s, path)) {
        if (error)
            *error = tr("Cannot copy the sample report to %1.").arg(QDir::toNativeSeparators(dir));
        return {};
    }
    // Resource copies are read-only; the user may want to move or delete it.
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    return path;
}

} // namespace Scrutiny
