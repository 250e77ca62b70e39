#include "ui/edit_text.h"

#include "ui/segment_label.h"

#include <QStringList>

namespace ui {
namespace {

using namespace std::chrono_literals;

QString host(const std::string& name) {
    return QString::fromStdString(name);
}

QString endpoint(const std::string& hostOrAddress, core::Port port) {
    return host(hostOrAddress) + u':' + QString::number(port);
}

// The segment's header words, as a diagram writes them: flags, seq, ack.
QString headerWords(const core::InjectSpec& in) {
    QStringList flags;
    for (const core::Flag f : {core::Flag::Syn, core::Flag::Fin, core::Flag::Rst, core::Flag::Psh,
                               core::Flag::Ack, core::Flag::Urg, core::Flag::Ece, core::Flag::Cwr})
        if (in.flags.has(f))
            flags << QString::fromUtf8(core::flagName(f).data(),
                                       static_cast<qsizetype>(core::flagName(f).size()));
    QString words = flags.join(QStringLiteral(", "));
    words += (words.isEmpty() ? QStringLiteral("seq=") : QStringLiteral(" seq=")) +
             QString::number(in.seq);
    if (in.flags.has(core::Flag::Ack))
        words += QStringLiteral(" ack=") + QString::number(in.ack);
    return words;
}

// Text an application sends, shortened for one line.
QString quoted(const std::string& text) {
    constexpr qsizetype kLongest = 24;
    QString t = QString::fromStdString(text);
    if (t.size() > kLongest)
        t = t.left(kLongest - 1) + QChar(0x2026);
    return u'"' + t + u'"';
}

} // namespace

QString EditText::time(core::Micros t) {
    const double seconds = static_cast<double>(t.count()) / 1e6;
    const int decimals = t.count() % 1000 == 0 ? 3 : 6;
    return tr("%1 s").arg(QString::number(seconds, 'f', decimals));
}

QString EditText::duration(core::Micros d) {
    if (d.count() != 0 && d % 1s == 0us)
        return tr("%1 s").arg(d / 1s);
    if (d % 1ms == 0us)
        return tr("%1 ms").arg(d / 1ms);
    return tr("%1 µs").arg(d.count());
}

QString EditText::percent(double probability) {
    return tr("%1 %").arg(QString::number(probability * 100.0, 'g', 4));
}

QString EditText::describe(const core::Scenario& scenario, const core::Trace& trace,
                           const core::EditRef& edit, bool relativeSequenceNumbers) {
    const core::Micros at = core::editTime(scenario, trace, edit);
    if (edit.place == core::EditPlace::Script) {
        const core::AppAction& a = scenario.script.at(edit.index);
        return tr("At %1: %2: %3").arg(time(at), QString::fromStdString(a.socket), call(a));
    }
    return fault(scenario.faults.at(edit.index), trace, at, relativeSequenceNumbers);
}

QString EditText::fault(const core::FaultSpec& f, const core::Trace& trace, core::Micros at,
                        bool relative) {
    switch (f.kind) {
    case core::FaultKind::Crash:
        return tr("At %1: crash %2").arg(time(at), host(f.host));
    case core::FaultKind::Restart:
        return tr("At %1: restart %2").arg(time(at), host(f.host));
    case core::FaultKind::Drop:
    case core::FaultKind::Delay:
    case core::FaultKind::Duplicate:
        return segmentFault(f, trace, at, relative);
    case core::FaultKind::Inject:
        return tr("At %1: inject %2").arg(time(at), injected(f.inject));
    case core::FaultKind::Partition:
        return tr("From %1 to %2: cut the link between %3 and %4")
            .arg(time(f.between.from), time(f.between.until), host(f.host), host(f.peer));
    case core::FaultKind::Link:
        return tr("From %1: %2").arg(time(at), linkChange(f));
    }
    return {};
}

QString EditText::segmentFault(const core::FaultSpec& f, const core::Trace& trace, core::Micros at,
                               bool relative) {
    const auto id = f.match.segment;
    if (!id) {
        // Not made by the lab, which always names one segment.
        return f.kind == core::FaultKind::Drop
                   ? tr("At %1: drop the matching segments").arg(time(at))
               : f.kind == core::FaultKind::Delay
                   ? tr("At %1: delay the matching segments by %2").arg(time(at), duration(f.by))
                   : tr("At %1: duplicate the matching segments").arg(time(at));
    }
    const bool known = *id >= 0 && static_cast<std::size_t>(*id) < trace.segments.size();
    const QString label =
        known ? QString::fromStdString(segmentLabel(trace, *id, relative)) : QStringLiteral("?");
    switch (f.kind) {
    case core::FaultKind::Delay:
        return tr("At %1: delay segment #%2 (%3) by %4")
            .arg(time(at), QString::number(*id), label, duration(f.by));
    case core::FaultKind::Duplicate:
        return tr("At %1: duplicate segment #%2 (%3), the copy %4 later")
            .arg(time(at), QString::number(*id), label, duration(f.by));
    default:
        return tr("At %1: drop segment #%2 (%3)").arg(time(at), QString::number(*id), label);
    }
}

QString EditText::linkChange(const core::FaultSpec& f) {
    const core::LinkChange& c = f.link;
    QStringList values;
    if (c.delay)
        values << tr("delay %1").arg(duration(*c.delay));
    if (c.jitter)
        values << tr("jitter %1").arg(duration(*c.jitter));
    if (c.loss)
        values << tr("loss %1").arg(percent(*c.loss));
    return tr("%1 → %2 %3").arg(host(c.from), host(c.to), values.join(QStringLiteral(", ")));
}

QString EditText::injected(const core::InjectSpec& in) {
    const bool spoofed = !in.src.empty() && in.src != in.from;
    const QString sender =
        spoofed ? tr("%1 (spoofing %2)").arg(host(in.from), endpoint(in.src, in.srcPort))
                : host(in.from);
    QString text =
        tr("%1 from %2 into %3").arg(headerWords(in), sender, endpoint(in.to, in.toPort));
    if (!in.payload.empty())
        text += tr(" with %n byte(s) of data", nullptr, static_cast<int>(in.payload.size()));
    if (in.count > 1)
        text += tr(", %n copies %1 apart", nullptr, in.count).arg(duration(in.every));
    return text;
}

QString EditText::call(const core::AppAction& a) {
    switch (a.call) {
    case core::AppCall::Listen:
        return tr("listen()");
    case core::AppCall::Connect:
        return tr("connect(%1)").arg(endpoint(a.peerHost, a.peerPort));
    case core::AppCall::Send:
        return a.text.empty() ? tr("send(%n byte(s))", nullptr, static_cast<int>(a.bytes))
                              : tr("send(%1)").arg(quoted(a.text));
    case core::AppCall::Close:
        return tr("close()");
    case core::AppCall::Abort:
        return tr("abort()");
    case core::AppCall::SetOption:
        return tr("setsockopt(keep-alive)");
    case core::AppCall::Accept:
    case core::AppCall::Receive:
        break;
    }
    return QString::fromUtf8(core::toString(a.call).data(),
                             static_cast<qsizetype>(core::toString(a.call).size()));
}

} // namespace ui
