#include "ui/interview_questions.h"

#include <QCoreApplication>
#include <array>

namespace ui {

namespace {

// One question as written: `parent` is the id of the question it follows up,
// or null for a main question. Up to four demonstrating scenarios.
struct Source {
    const char* id;
    const char* parent;
    const char* question;
    const char* answer;
    std::array<const char*, 4> scenarios;
};

// The answers cite the RFC that says so and give Linux's defaults, which is
// what an interviewer expects to hear after the textbook value.
const Source kQuestions[] = {
    {"four-tuple",
     nullptr,
     QT_TRANSLATE_NOOP("InterviewQuestions", "What identifies a TCP connection?"),
     QT_TRANSLATE_NOOP("InterviewQuestions",
                       "<p>The <b>4-tuple</b>: source address, source port, destination address, "
                       "destination port (with the protocol, a 5-tuple). A host looks every "
                       "arriving segment up by it.</p>"
                       "<p>So one server port serves many clients at once: each connection differs "
                       "in the client's address or port. The listening socket itself stays in "
                       "LISTEN and spawns one new connection per SYN.</p>"),
     {"four-tuple", "default"}},
    {"server-connections",
     "four-tuple",
     QT_TRANSLATE_NOOP("InterviewQuestions", "How many connections can one server port accept?"),
     QT_TRANSLATE_NOOP("InterviewQuestions",
                       "<p>Ports do not limit it: every connection to port 80 shares the server's "
                       "half of the 4-tuple and differs in the client's half. The limits are "
                       "memory and file descriptors.</p>"
                       "<p>The port limit is on the <i>client</i>: towards one server address and "
                       "port, a client address has only its ephemeral ports (Linux: 32768–60999, "
                       "about 28,000), and ports in TIME-WAIT count as used.</p>"),
     {"four-tuple", "time-wait-port-exhaustion"}},
    {"tcp-vs-udp",
     nullptr,
     QT_TRANSLATE_NOOP("InterviewQuestions", "How do TCP and UDP differ?"),
     QT_TRANSLATE_NOOP("InterviewQuestions",
                       "<p><b>TCP</b> is connection-oriented and reliable: a handshake first, then "
                       "a byte stream delivered in order, every segment acknowledged and "
                       "retransmitted until it is, plus flow and congestion control.</p>"
                       "<p><b>UDP</b> sends independent datagrams: no handshake, no "
                       "acknowledgement, no retransmission, no ordering. It is faster to start and "
                       "has less overhead (an 8-byte header against at least 20); what is lost is "
                       "gone unless the application resends it (as DNS, QUIC and games do).</p>"),
     {"tcp-vs-udp"}},
    {"three-way",
     nullptr,
     QT_TRANSLATE_NOOP("InterviewQuestions", "Why three handshakes, not two (and not four)?"),
     QT_TRANSLATE_NOOP("InterviewQuestions",
                       "<p>Each side must send its initial sequence number (ISN) and see it "
                       "acknowledged: SYN, then SYN-ACK (the server's SYN and the ACK of the "
                       "client's in one segment), then ACK.</p>"
                       "<p><b>Not two:</b> the server could not tell an old duplicate SYN from a "
                       "new one, and would open connections nobody asked for. The third segment "
                       "lets the client confirm, or refuse with a RST (RFC 9293 3.5).</p>"
                       "<p><b>Not four:</b> the server's ACK and SYN travel together. Four "
                       "segments do happen in a simultaneous open, where both sides send a "
                       "SYN.</p>"),
     {"setup-three-way", "why-three-handshakes", "why-not-two-handshakes",
      "setup-simultaneous-open"}},
    {"third-ack-lost",
     "three-way",
     QT_TRANSLATE_NOOP("InterviewQuestions", "What if the third ACK is lost?"),
     QT_TRANSLATE_NOOP(
         "InterviewQuestions",
         "<p>The client is ESTABLISHED, the server still in SYN-RECEIVED. Usually "
         "nothing is lost: the client's next segment carries the same "
         "acknowledgment and completes the handshake.</p>"
         "<p>If the client sends nothing, the server's timer resends the SYN-ACK "
         "(Linux: tcp_synack_retries = 5, after 1, 2, 4, 8 and 16 s) and the "
         "client acknowledges it again. After the last retry the server drops the half-open "
         "connection; data the client sends later gets a RST.</p>"),
     {"loss-third-ack"}},
    {"syn-lost",
     "three-way",
     QT_TRANSLATE_NOOP("InterviewQuestions", "What if the SYN or the SYN-ACK is lost?"),
     QT_TRANSLATE_NOOP("InterviewQuestions",
                       "<p>The sender cannot tell loss from delay; its retransmission timer "
                       "fires and it sends the same segment again, with the same sequence number. "
                       "The initial RTO is 1 s and doubles each time (RFC 6298).</p>"
                       "<p>Linux retries a SYN tcp_syn_retries = 6 times (gives up after about "
                       "127 s, connect() fails with ETIMEDOUT; since Linux 6.5 the first retries "
                       "come 1 s apart instead of doubling and four more are made, about 131 s "
                       "in all) "
                       "and a SYN-ACK tcp_synack_retries = 5 times. If the SYN-ACK is lost, "
                       "both sides retransmit.</p>"),
     {"loss-syn", "loss-synack"}},
    {"data-on-third",
     "three-way",
     QT_TRANSLATE_NOOP("InterviewQuestions", "Can the handshake carry data?"),
     QT_TRANSLATE_NOOP("InterviewQuestions",
                       "<p>The third segment can: it acknowledges the server's SYN and may "
                       "carry the first bytes (RFC 9293 3.10.7.3). Data on a SYN is kept until "
                       "the handshake completes, so the application never acts before it; TCP "
                       "Fast Open (RFC 7413) relaxes this with a cookie.</p>"),
     {"setup-data-on-ack"}},
    {"random-isn",
     "three-way",
     QT_TRANSLATE_NOOP("InterviewQuestions", "Why is the initial sequence number not 0?"),
     QT_TRANSLATE_NOOP("InterviewQuestions",
                       "<p>So that segments of an old connection with the same 4-tuple do not "
                       "fall into the new one's window, and so that an off-path attacker cannot "
                       "guess the numbers to spoof or reset a connection. RFC 6528 has hosts "
                       "pick it from a clock plus a keyed hash of the 4-tuple.</p>"),
     {"rfc-figure-8", "rst-injection-in-window"}},
    {"closed-port",
     "three-way",
     QT_TRANSLATE_NOOP("InterviewQuestions", "What if nothing listens on the port?"),
     QT_TRANSLATE_NOOP("InterviewQuestions",
                       "<p>The server's TCP answers the SYN with a RST that acknowledges it; "
                       "connect() fails at once with ECONNREFUSED. A refusal is an answer, so "
                       "nothing is retransmitted. (A firewall that drops the SYN instead gives "
                       "a timeout.)</p>"),
     {"setup-closed-port"}},
    {"syn-flood",
     nullptr,
     QT_TRANSLATE_NOOP("InterviewQuestions",
                       "What is a SYN flood, and how do SYN cookies stop it?"),
     QT_TRANSLATE_NOOP("InterviewQuestions",
                       "<p>An attacker sends many SYNs from spoofed addresses and never "
                       "completes the handshakes. Each one leaves a half-open connection in "
                       "SYN-RECEIVED in the listener's SYN queue, where it waits through its "
                       "SYN-ACK retries. Once the queue is full, real clients' SYNs are dropped "
                       "(RFC 4987).</p>"
                       "<p><b>SYN cookies</b>: when the queue overflows, the server keeps no "
                       "state; it encodes the connection (4-tuple, a secret, a time slot, the "
                       "MSS) in the ISN of its SYN-ACK. A real client's ACK returns it as "
                       "ack − 1; the server checks it and only then creates the connection. "
                       "Linux: tcp_syncookies = 1 (only on overflow).</p>"),
     {"syn-flood", "syn-flood-cookies"}},
    {"two-queues",
     "syn-flood",
     QT_TRANSLATE_NOOP("InterviewQuestions", "What are the SYN queue and the accept queue?"),
     QT_TRANSLATE_NOOP("InterviewQuestions",
                       "<p>The <b>SYN queue</b> holds half-open connections (SYN received, "
                       "SYN-ACK sent, waiting for the ACK); Linux sizes it with "
                       "tcp_max_syn_backlog. The <b>accept queue</b> holds ESTABLISHED "
                       "connections that the application has not yet accept()ed; its size is the "
                       "listen() backlog, capped by net.core.somaxconn.</p>"
                       "<p>When the accept queue is full, Linux drops the final ACK (the client "
                       "thinks it is connected, and the server resends its SYN-ACK), or resets "
                       "if tcp_abort_on_overflow is set.</p>"),
     {"syn-flood", "four-tuple"}},
    {"cookie-cost",
     "syn-flood",
     QT_TRANSLATE_NOOP("InterviewQuestions", "What do SYN cookies cost?"),
     QT_TRANSLATE_NOOP("InterviewQuestions",
                       "<p>With no state kept, a lost SYN-ACK is never retransmitted, and only a "
                       "few MSS values fit in the cookie. Options such as window scaling and "
                       "SACK survive only if timestamps carry them. That is why Linux uses "
                       "cookies only when the SYN queue overflows.</p>"),
     {"syn-flood-cookies"}},
    {"four-way",
     nullptr,
     QT_TRANSLATE_NOOP("InterviewQuestions", "Why four waves to close, and when can it be three?"),
     QT_TRANSLATE_NOOP("InterviewQuestions",
                       "<p>Each direction is closed on its own. A FIN says \"I have nothing more "
                       "to send\"; the peer's TCP acknowledges it at once, but its application "
                       "may still send (a <b>half-close</b>), and sends its own FIN only when it "
                       "calls close(). FIN, ACK, FIN, ACK: four segments.</p>"
                       "<p><b>Three</b> when the peer's application closes before the ACK has "
                       "left, for example while a delayed ACK waits (Linux: at least 40 ms): "
                       "the ACK rides on the peer's FIN.</p>"),
     {"teardown-client-first", "teardown-half-close", "teardown-three-segments"}},
    {"fin-lost",
     "four-way",
     QT_TRANSLATE_NOOP("InterviewQuestions", "What if a FIN is lost?"),
     QT_TRANSLATE_NOOP("InterviewQuestions",
                       "<p>A FIN takes one sequence number, so it is retransmitted like data "
                       "until acknowledged; the sender stays in FIN-WAIT-1 (or LAST-ACK) "
                       "meanwhile.</p>"
                       "<p>If the <i>last</i> ACK is lost, the peer in LAST-ACK resends its FIN; "
                       "the closer, still in TIME-WAIT, acknowledges it again and restarts its "
                       "2MSL timer.</p>"),
     {"loss-fin", "loss-last-ack"}},
    {"close-wait",
     "four-way",
     QT_TRANSLATE_NOOP("InterviewQuestions", "What do many CLOSE_WAIT sockets on a server mean?"),
     QT_TRANSLATE_NOOP("InterviewQuestions",
                       "<p>The peers have closed, and the server's application has not. "
                       "CLOSE-WAIT lasts until the application calls close(): TCP has no timer "
                       "for it. Sockets piling up there are an application bug: a missing close() "
                       "on an error path, a leaked connection, or a thread stuck elsewhere. "
                       "Restarting hides it; fixing the code cures it.</p>"),
     {"teardown-client-first", "teardown-half-close"}},
    {"fin-wait-2",
     "four-way",
     QT_TRANSLATE_NOOP("InterviewQuestions", "Can a connection stay in FIN-WAIT-2 forever?"),
     QT_TRANSLATE_NOOP("InterviewQuestions",
                       "<p>In RFC 9293, yes: the peer may keep sending as long as it likes. "
                       "Linux limits it for orphaned sockets (closed by the application): after "
                       "tcp_fin_timeout = 60 s it drops the connection.</p>"),
     {"teardown-client-first", "teardown-half-close"}},
    {"simultaneous-close",
     "four-way",
     QT_TRANSLATE_NOOP("InterviewQuestions",
                       "What happens when both sides close at once, or one aborts?"),
     QT_TRANSLATE_NOOP("InterviewQuestions",
                       "<p>When the FINs cross, each side gets the other's FIN in FIN-WAIT-1, "
                       "goes to CLOSING, and both end in TIME-WAIT.</p>"
                       "<p>An abort (close() with SO_LINGER 0) sends a single RST: no FIN, no "
                       "TIME-WAIT, and the peer gets ECONNRESET. Unsent data is lost.</p>"),
     {"teardown-simultaneous-close", "teardown-abort"}},
    {"peer-crash",
     nullptr,
     QT_TRANSLATE_NOOP("InterviewQuestions", "What happens when a connected peer crashes?"),
     QT_TRANSLATE_NOOP(
         "InterviewQuestions",
         "<p>Nothing, at first: an idle connection sends nothing, so the survivor "
         "keeps a <b>half-open</b> connection. It finds out when it sends (the "
         "retransmissions time out, on Linux after tcp_retries2 = 15, about 15 "
         "min; or the restarted peer answers with a RST), or "
         "through <b>keepalive</b> (SO_KEEPALIVE, off by default, RFC 9293 3.8.4). "
         "Linux probes after 7200 s idle, every 75 s, 9 times.</p>"
         "<p>Three outcomes: the peer <b>answers with an ACK</b> (alive, wait again); "
         "<b>no answer</b> to every probe (ETIMEDOUT, after 7200 + 9 × 75 = 7875 s "
         "with the defaults); the peer has <b>restarted</b> and answers with a RST "
         "(ECONNRESET).</p>"),
     {"keepalive-peer-alive", "keepalive-peer-gone", "keepalive-peer-restarted", "rfc-figure-10"}},
    {"heartbeat",
     "peer-crash",
     QT_TRANSLATE_NOOP("InterviewQuestions", "Why do applications add their own heartbeat?"),
     QT_TRANSLATE_NOOP("InterviewQuestions",
                       "<p>TCP keepalive is off by default, its two hours are longer than most "
                       "NAT and firewall idle timeouts, and it only proves the peer's kernel is "
                       "alive, not that its application works. An application-level ping checks "
                       "the application and keeps middleboxes from forgetting the "
                       "connection.</p>"),
     {"keepalive-peer-alive"}},
    {"process-crash",
     "peer-crash",
     QT_TRANSLATE_NOOP("InterviewQuestions", "And if only the process dies, not the host?"),
     QT_TRANSLATE_NOOP("InterviewQuestions",
                       "<p>The kernel closes its sockets for it: the peer gets a FIN as for a "
                       "normal close (or a RST if received data was left unread), so it learns "
                       "at once. Only a host crash, a power cut or a cut cable leaves a "
                       "half-open connection.</p>"),
     {"teardown-client-first", "teardown-abort"}},
    {"time-wait",
     nullptr,
     QT_TRANSLATE_NOOP("InterviewQuestions",
                       "Why does TIME_WAIT exist, why 2MSL, and what do many TIME_WAIT sockets "
                       "cost?"),
     QT_TRANSLATE_NOOP("InterviewQuestions",
                       "<p>The side that closes first waits in TIME-WAIT for two reasons: to "
                       "<b>acknowledge the peer's FIN again</b> if its last ACK is lost (else the "
                       "retransmitted FIN would get a RST), and to let <b>old segments</b> of the "
                       "connection die before the same 4-tuple can be used again.</p>"
                       "<p><b>2MSL</b>: a segment lives at most one MSL; one for the last ACK "
                       "and one for a FIN resent in reply covers both directions. RFC 9293 "
                       "takes MSL = 2 min, so 4 min (MUST-13); Linux waits a fixed 60 s.</p>"
                       "<p><b>Cost</b>: little memory, but each holds its 4-tuple. A client "
                       "opening many short connections to one server runs out of ephemeral "
                       "ports (EADDRNOTAVAIL). Remedies: reuse connections (keep-alive, pools), "
                       "tcp_tw_reuse for outgoing connections (needs timestamps); not "
                       "SO_LINGER 0, which drops the protection.</p>"),
     {"loss-last-ack", "loss-old-segment-in-time-wait", "time-wait-port-exhaustion", "default"}},
    {"who-waits",
     "time-wait",
     QT_TRANSLATE_NOOP("InterviewQuestions", "Which side goes through TIME-WAIT?"),
     QT_TRANSLATE_NOOP("InterviewQuestions",
                       "<p>The one that closes first (the active close), client or server. A web "
                       "server that closes first collects TIME-WAIT sockets; that costs it no "
                       "ports, since they differ in the clients' halves of the 4-tuple. In a "
                       "simultaneous close both sides wait.</p>"),
     {"teardown-server-first", "teardown-simultaneous-close"}},
    {"assassination",
     "time-wait",
     QT_TRANSLATE_NOOP("InterviewQuestions", "What is TIME-WAIT assassination?"),
     QT_TRANSLATE_NOOP("InterviewQuestions",
                       "<p>A RST that arrives in TIME-WAIT ends it early under RFC 9293, and the "
                       "old-segment protection with it. RFC 1337 describes the hazard and "
                       "suggests ignoring RSTs in TIME-WAIT; Linux does so only with "
                       "tcp_rfc1337 = 1 (default 0).</p>"),
     {"loss-old-segment-in-time-wait"}},
    {"rst-attack",
     nullptr,
     QT_TRANSLATE_NOOP("InterviewQuestions",
                       "Can an off-path attacker reset someone else's connection?"),
     QT_TRANSLATE_NOOP("InterviewQuestions",
                       "<p>It must guess the 4-tuple and a sequence number the receiver accepts. "
                       "Under the original rule any RST inside the receive window resets the "
                       "connection, so a blind attacker needs only one guess per window's worth "
                       "of sequence space. RFC 5961 (Linux) "
                       "accepts only the exact next sequence number and answers a RST elsewhere "
                       "in the window with a challenge ACK.</p>"),
     {"rst-injection-in-window", "rst-injection-challenge-ack", "rst-injection-out-of-window"}},
};

QString translated(const char* text) {
    return QCoreApplication::translate("InterviewQuestions", text);
}

InterviewQuestion fromSource(const Source& s) {
    InterviewQuestion q{
        QString::fromLatin1(s.id), translated(s.question), translated(s.answer), {}, {}};
    for (const char* id : s.scenarios)
        if (id)
            q.scenarios << QString::fromLatin1(id);
    return q;
}

} // namespace

std::vector<InterviewQuestion> interviewQuestions() {
    std::vector<InterviewQuestion> questions;
    for (const Source& s : kQuestions) {
        if (!s.parent) {
            questions.push_back(fromSource(s));
            continue;
        }
        // Follow-ups come right after their question in the table.
        for (InterviewQuestion& q : questions)
            if (q.id == QLatin1String(s.parent))
                q.followUps.push_back(fromSource(s));
    }
    return questions;
}

} // namespace ui
