// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/MessageBar.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

namespace Scrutiny {

using namespace Qt::StringLiterals;

MessageBar::MessageBar(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_close(new QToolButton(this))
{
    setObjectName(u"messageBar"_s);
    setAccessibleName(tr("Message"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setObjectName(u"messageText"_s);
    m_close->setAutoRaise(true);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setToolTip(tr("Close message"));
    m_close->setAccessibleName(tr("Close message"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    connect(m_close, &QToolButton::clicked, this, &QWidget::hide);
    hide();
}

MessageBar::~MessageBar() = default;

void MessageBar::showMessage(const QString &text, Type type)
{
    m_type = type;
    m_text->setText(text);
    QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
    if (type == Type::Warning)
        icon = QStyle::SP_MessageBoxWarning;
    else if (type == Type::Error)
        icon = QStyle::SP_MessageBoxCritical;
    else if (type == Type::Positive)
        icon = QStyle::SP_DialogApplyButton;
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(icon).pixmap(QSize(size, size), devicePixelRatioF()));
    applyColours();
    show();
}

QString MessageBar::text() const
{
    return m_text->text();
}

MessageBar::Type MessageBar::type() const
{
    return m_type;
}

void MessageBar::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    // setPalette() sends PaletteChange itself: only follow the application's palette.
    if (event->type() == QEvent::ApplicationPaletteChange || event->type() == QEvent::StyleChange)
        applyColours();
}

void MessageBar::applyColours()
{
    // Tinted from the application palette so it reads in light and dark themes.
    QColor hue(0x3d, 0xae, 0xe9); // information blue
    if (m_type == Type::Positive)
        hue = QColor(0x27, 0xae, 0x60);
    else if (m_type == Type::Warning)
        hue = QColor(0xf6, 0x74, 0x00);
    else if (m_type == Type::Error)
        hue = QColor(0xda, 0x44, 0x53);
    const QColor window
        = parentWidget() ? parentWidget()->palette().color(QPalette::Window) : palette().color(QPalette::Window);
    const qreal k = 0.2;
    const QColor background = QColor::fromRgbF(float(hue.redF() * k + window.redF() * (1 - k)),
        float(hue.greenF() * k + window.greenF() * (1 - k)), float(hue.blueF() * k + window.blueF() * (1 - k)));
    QPalette p = palette();
    p.setColor(QPalette::Window, background);
    p.setColor(QPalette::Mid, hue);
    p.setColor(QPalette::Dark, hue);
    setPalette(p);
}

} // namespace Scrutiny
