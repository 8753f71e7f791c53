// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportFacts.h"

#include <QCoreApplication>
#include <QList>
#include <QRegularExpression>

#include <utility>

namespace Scrutiny {

namespace {

QRegularExpression rx(const char *pattern)
{
    return QRegularExpression(QString::fromUtf8(pattern), QRegularExpression::CaseInsensitiveOption);
}

// Longer names first, so "Care Inspectorate Wales" is not read as "Care Inspectorate".
const QList<std::pair<QString, QRegularExpression>> &regulators()
{
    static const QList<std::pair<QString, QRegularExpression>> list {
        {QStringLiteral("CIW"), rx(R"(\bCare Inspectorate Wales\b|\bCIW\b|\bC?SSIW\b|Social Services Inspectorate)")},
        {QStringLiteral("Audit Wales"), rx(R"(\bAudit Wales\b|\bWales Audit Office\b|\bAuditor General for Wales\b)")},
        {QStringLiteral("HIW"), rx(R"(\bHealthcare Inspectorate Wales\b|\bHIW\b)")},
        {QStringLiteral("Estyn"), rx(R"(\bEstyn\b)")},
        {QStringLiteral("Ofsted"), rx(R"(\bOfsted\b)")},
        {QStringLiteral("CQC"), rx(R"(\bCare Quality Commission\b|\bCQC\b)")},
        {QStringLiteral("Care Inspectorate"), rx(R"(\bCare Inspectorate\b)")},
        {QStringLiteral("HMICFRS"), rx(R"(\bHMICFRS\b|\bHis Majesty's Inspectorate of Constabulary\b)")},
        {QStringLiteral("HM Inspectorate of Probation"), rx(R"(\bInspectorate of Probation\b)")},
        {QStringLiteral("Audit Commission"), rx(R"(\bAudit Commission\b)")},
        {QStringLiteral("Audit Scotland"), rx(R"(\bAudit Scotland\b|\bAccounts Commission\b)")},
        {QStringLiteral("NAO"), rx(R"(\bNational Audit Office\b)")},
    };
    return list;
}

const QList<std::pair<QString, QRegularExpression>> &areas()
{
    static const QList<std::pair<QString, QRegularExpression>> list {
        {QString::fromUtf8(QT_TRANSLATE_NOOP("Scrutiny::ServiceArea", "maternity")), rx(R"(\bmaternity\b|\bmidwi)")},
        {QString::fromUtf8(QT_TRANSLATE_NOOP("Scrutiny::ServiceArea", "children's services")),
            rx(R"(\bchildren['’]s (?:social )?services\b|\bchildren in care\b|\bcare leavers\b)")},
        {QString::fromUtf8(QT_TRANSLATE_NOOP("Scrutiny::ServiceArea", "adult social care")),
            rx(R"(\badult (?:social )?(?:services|care)\b|\bolder people\b)")},
        {QString::fromUtf8(QT_TRANSLATE_NOOP("Scrutiny::ServiceArea", "education")),
            rx(R"(\beducation\b|\bschools?\b)")},
        {QString::fromUtf8(QT_TRANSLATE_NOOP("Scrutiny::ServiceArea", "housing")), rx(R"(\bhousing\b|\bhomeless)")},
        {QString::fromUtf8(QT_TRANSLATE_NOOP("Scrutiny::ServiceArea", "governance")),
            rx(R"(\bgovernance\b|\bfinancial (?:sustainability|management)\b)")},
        {QString::fromUtf8(QT_TRANSLATE_NOOP("Scrutiny::ServiceArea", "health")),
            rx(R"(\bhospital\b|\bhealth board\b|\bNHS\b)")},
        {QString::fromUtf8(QT_TRANSLATE_NOOP("Scrutiny::ServiceArea", "social services")),
            rx(R"(\bsocial services\b|\bsocial care\b)")},
    };
    return list;
}

QString normalisedBody(QString body)
{
    static const QRegularExpression noise = rx(
        R"(\b(?:the|county borough|county|borough|city|metropolitan|district|council|nhs|foundation|trust|hospitals?|university|health board)\b)");
    return body.toLower().replace(noise, QString()).simplified();
}

} // namespace

ReportFacts ReportFacts::read(const QString &title, const QString &text)
{
    ReportFacts facts;
    const QString head = title + u'\n' + text.left(1500);
    for (const auto &[name, expression] : regulators()) {
        if (expression.match(head).hasMatch()) {
            facts.regulator = name;
            break;
        }
    }
    for (const auto &[name, expression] : areas()) {
        if (expression.match(head).hasMatch()) {
            facts.area = name;
            break;
        }
    }
    // A proper name before the kind of body: "Cwm Tawel County Borough Council".
    static const QRegularExpression body(QStringLiteral(
        R"(((?:[A-Z][\w'’-]+\s+){1,4}?)(County Borough Council|County Council|Borough Council|City Council|District Council|Council|NHS Foundation Trust|NHS Trust|University Health Board|Health Board))"));
    static const QRegularExpression leading(
        QStringLiteral(R"(^(?:(?:Inspection|Review|Monitoring|Report|The|Of|At|In|For)\s+)+)"));
    const QRegularExpressionMatch m = body.match(head);
    if (m.hasMatch()) {
        QString name = m.captured(1).simplified();
        name.remove(leading);
        facts.body = QString(name + u' ' + m.captured(2)).simplified();
    }
    static const QRegularExpression published
        = rx(R"(\b(?:published|date of publication|report published)\s*:?\s*(\d{1,2}\s+\w+\s+\d{4}))");
    static const QRegularExpression anyDate = rx(
        R"(\b(\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{4})\b)");
    QRegularExpressionMatch d = published.match(head);
    if (!d.hasMatch())
        d = anyDate.match(head);
    if (d.hasMatch())
        facts.published = QDate::fromString(d.captured(1).simplified(), QStringLiteral("d MMMM yyyy"));
    return facts;
}

QString ReportFacts::areaName(const QString &area)
{
    return QCoreApplication::translate("Scrutiny::ServiceArea", area.toUtf8().constData());
}

ReportFacts ReportFacts::read(const ParsedReport &report)
{
    QString head;
    for (const Removal &r : report.removed) {
        if (r.reason == Removal::Reason::Boilerplate && head.size() < 1000)
            head += r.text + u'\n';
    }
    return read(report.title, head + report.text);
}

bool ReportFacts::sameBody(const ReportFacts &other) const
{
    const QString a = normalisedBody(body);
    return !a.isEmpty() && a == normalisedBody(other.body);
}

} // namespace Scrutiny
