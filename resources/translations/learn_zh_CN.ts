<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>InterviewQuestions</name>
    <message>
        <location filename="../../ui/interview_questions.cpp" line="+25"/>
        <source>What identifies a TCP connection?</source>
        <translation>什么唯一标识一个 TCP 连接？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;The &lt;b&gt;4-tuple&lt;/b&gt;: source address, source port, destination address, destination port (with the protocol, a 5-tuple). A host looks every arriving segment up by it.&lt;/p&gt;&lt;p&gt;So one server port serves many clients at once: each connection differs in the client&apos;s address or port. The listening socket itself stays in LISTEN and spawns one new connection per SYN.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;四元组&lt;/b&gt;：源地址、源端口、目的地址、目的端口（再加上协议就是五元组）。主机用它为每个到达的报文段查找所属连接。&lt;/p&gt;&lt;p&gt;因此一个服务器端口可以同时服务许多客户端：每个连接的客户端地址或端口各不相同。监听套接字本身一直处于 LISTEN，每收到一个 SYN 就派生出一个新连接。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>How many connections can one server port accept?</source>
        <translation>一个服务器端口最多能接受多少个连接？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;Ports do not limit it: every connection to port 80 shares the server&apos;s half of the 4-tuple and differs in the client&apos;s half. The limits are memory and file descriptors.&lt;/p&gt;&lt;p&gt;The port limit is on the &lt;i&gt;client&lt;/i&gt;: towards one server address and port, a client address has only its ephemeral ports (Linux: 32768–60999, about 28,000), and ports in TIME-WAIT count as used.&lt;/p&gt;</source>
        <translation>&lt;p&gt;端口数并不限制它：所有连到 80 端口的连接共享四元组中服务器的一半，只在客户端的一半上不同。真正的限制是内存和文件描述符。&lt;/p&gt;&lt;p&gt;端口的限制在&lt;i&gt;客户端&lt;/i&gt;：对同一个服务器地址和端口，一个客户端地址只有它的临时端口可用（Linux：32768–60999，约 28,000 个），而处于 TIME-WAIT 的端口也算作已占用。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>How do TCP and UDP differ?</source>
        <translation>TCP 和 UDP 有什么区别？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;&lt;b&gt;TCP&lt;/b&gt; is connection-oriented and reliable: a handshake first, then a byte stream delivered in order, every segment acknowledged and retransmitted until it is, plus flow and congestion control.&lt;/p&gt;&lt;p&gt;&lt;b&gt;UDP&lt;/b&gt; sends independent datagrams: no handshake, no acknowledgement, no retransmission, no ordering. It is faster to start and has less overhead (an 8-byte header against at least 20); what is lost is gone unless the application resends it (as DNS, QUIC and games do).&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;TCP&lt;/b&gt; 面向连接、可靠：先握手，然后按序交付字节流，每个报文段都要被确认，未确认就重传，另外还有流量控制和拥塞控制。&lt;/p&gt;&lt;p&gt;&lt;b&gt;UDP&lt;/b&gt; 发送彼此独立的数据报：没有握手、没有确认、没有重传、不保证顺序。它启动更快、开销更小（首部 8 字节，TCP 至少 20 字节）；丢了就丢了，除非应用自己重发（DNS、QUIC 和游戏就是这样做的）。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Why three handshakes, not two (and not four)?</source>
        <translation>为什么是三次握手，而不是两次（也不是四次）？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;Each side must send its initial sequence number (ISN) and see it acknowledged: SYN, then SYN-ACK (the server&apos;s SYN and the ACK of the client&apos;s in one segment), then ACK.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Not two:&lt;/b&gt; the server could not tell an old duplicate SYN from a new one, and would open connections nobody asked for. The third segment lets the client confirm, or refuse with a RST (RFC 9293 3.5).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Not four:&lt;/b&gt; the server&apos;s ACK and SYN travel together. Four segments do happen in a simultaneous open, where both sides send a SYN.&lt;/p&gt;</source>
        <translation>&lt;p&gt;双方都必须发出自己的初始序列号（ISN）并看到它被确认：SYN，然后 SYN-ACK（服务器的 SYN 和对客户端 SYN 的 ACK 合在一个报文段里），然后 ACK。&lt;/p&gt;&lt;p&gt;&lt;b&gt;不能两次：&lt;/b&gt;服务器无法区分旧的重复 SYN 和新的 SYN，会建立没人请求的连接。第三个报文段让客户端确认，或用 RST 拒绝（RFC 9293 3.5）。&lt;/p&gt;&lt;p&gt;&lt;b&gt;不必四次：&lt;/b&gt;服务器的 ACK 和 SYN 可以一起发送。四个报文段确实会出现在同时打开中，那时双方都发送了 SYN。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>What if the third ACK is lost?</source>
        <translation>第三次握手的 ACK 丢了会怎样？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;The client is ESTABLISHED, the server still in SYN-RECEIVED. Usually nothing is lost: the client&apos;s next segment carries the same acknowledgment and completes the handshake.&lt;/p&gt;&lt;p&gt;If the client sends nothing, the server&apos;s timer resends the SYN-ACK (Linux: tcp_synack_retries = 5, after 1, 2, 4, 8 and 16 s) and the client acknowledges it again. After the last retry the server drops the half-open connection; data the client sends later gets a RST.&lt;/p&gt;</source>
        <translation>&lt;p&gt;客户端已是 ESTABLISHED，服务器仍在 SYN-RECEIVED。通常不会有损失：客户端的下一个报文段带着同样的确认号，就完成了握手。&lt;/p&gt;&lt;p&gt;如果客户端什么也不发，服务器的定时器会重传 SYN-ACK（Linux：tcp_synack_retries = 5，间隔 1、2、4、8、16 秒），客户端会再次确认。最后一次重试后服务器丢弃这个半连接；客户端之后发送的数据会收到 RST。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>What if the SYN or the SYN-ACK is lost?</source>
        <translation>SYN 或 SYN-ACK 丢了会怎样？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;The sender cannot tell loss from delay; its retransmission timer fires and it sends the same segment again, with the same sequence number. The initial RTO is 1 s and doubles each time (RFC 6298).&lt;/p&gt;&lt;p&gt;Linux retries a SYN tcp_syn_retries = 6 times (gives up after about 127 s, connect() fails with ETIMEDOUT) and a SYN-ACK tcp_synack_retries = 5 times. If the SYN-ACK is lost, both sides retransmit.&lt;/p&gt;</source>
        <translation>&lt;p&gt;发送方分不清是丢失还是延迟；它的重传定时器超时后，用相同的序列号再次发送同一个报文段。初始 RTO 为 1 秒，每次翻倍（RFC 6298）。&lt;/p&gt;&lt;p&gt;Linux 对 SYN 重试 tcp_syn_retries = 6 次（约 127 秒后放弃，connect() 以 ETIMEDOUT 失败），对 SYN-ACK 重试 tcp_synack_retries = 5 次。如果丢的是 SYN-ACK，双方都会重传。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Can the handshake carry data?</source>
        <translation>握手报文能携带数据吗？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;The third segment can: it acknowledges the server&apos;s SYN and may carry the first bytes (RFC 9293 3.10.7.3). Data on a SYN is kept until the handshake completes, so the application never acts before it; TCP Fast Open (RFC 7413) relaxes this with a cookie.&lt;/p&gt;</source>
        <translation>&lt;p&gt;第三个报文段可以：它确认服务器的 SYN，同时可以携带最初的数据（RFC 9293 3.10.7.3）。SYN 上携带的数据要等握手完成才交给应用，所以应用不会提前处理；TCP Fast Open（RFC 7413）借助 cookie 放宽了这一限制。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Why is the initial sequence number not 0?</source>
        <translation>为什么初始序列号不从 0 开始？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;So that segments of an old connection with the same 4-tuple do not fall into the new one&apos;s window, and so that an off-path attacker cannot guess the numbers to spoof or reset a connection. RFC 6528 has hosts pick it from a clock plus a keyed hash of the 4-tuple.&lt;/p&gt;</source>
        <translation>&lt;p&gt;一是让使用相同四元组的旧连接的报文段不会落入新连接的窗口，二是让不在路径上的攻击者猜不出序列号，无法伪造或重置连接。RFC 6528 让主机用一个时钟加上四元组的带密钥哈希来选取它。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What if nothing listens on the port?</source>
        <translation>如果端口上没有程序监听会怎样？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;The server&apos;s TCP answers the SYN with a RST that acknowledges it; connect() fails at once with ECONNREFUSED. A refusal is an answer, so nothing is retransmitted. (A firewall that drops the SYN instead gives a timeout.)&lt;/p&gt;</source>
        <translation>&lt;p&gt;服务器的 TCP 用一个确认该 SYN 的 RST 来回应；connect() 立即以 ECONNREFUSED 失败。拒绝也是一种回答，所以不会重传。（如果是防火墙直接丢弃 SYN，得到的则是超时。）&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What is a SYN flood, and how do SYN cookies stop it?</source>
        <translation>什么是 SYN 洪泛攻击？SYN cookie 如何抵御它？</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;p&gt;An attacker sends many SYNs from spoofed addresses and never completes the handshakes. Each one leaves a half-open connection in SYN-RECEIVED in the listener&apos;s SYN queue, where it waits through its SYN-ACK retries. Once the queue is full, real clients&apos; SYNs are dropped (RFC 4987).&lt;/p&gt;&lt;p&gt;&lt;b&gt;SYN cookies&lt;/b&gt;: when the queue overflows, the server keeps no state; it encodes the connection (4-tuple, a secret, a time slot, the MSS) in the ISN of its SYN-ACK. A real client&apos;s ACK returns it as ack − 1; the server checks it and only then creates the connection. Linux: tcp_syncookies = 1 (only on overflow).&lt;/p&gt;</source>
        <translation>&lt;p&gt;攻击者用伪造的源地址发送大量 SYN，却从不完成握手。每个 SYN 都在监听套接字的半连接队列里留下一个处于 SYN-RECEIVED 的半连接，它要等 SYN-ACK 重试全部用完才离开。队列一满，真实客户端的 SYN 也会被丢弃（RFC 4987）。&lt;/p&gt;&lt;p&gt;&lt;b&gt;SYN cookie&lt;/b&gt;：队列溢出时，服务器不保存任何状态，而是把连接信息（四元组、一个密钥、时间片、MSS）编码进 SYN-ACK 的 ISN。真实客户端的 ACK 以 ack − 1 的形式把它带回来；服务器校验通过后才建立连接。Linux：tcp_syncookies = 1（仅在溢出时启用）。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>What are the SYN queue and the accept queue?</source>
        <translation>什么是半连接队列（SYN queue）和全连接队列（accept queue）？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;The &lt;b&gt;SYN queue&lt;/b&gt; holds half-open connections (SYN received, SYN-ACK sent, waiting for the ACK); Linux sizes it with tcp_max_syn_backlog. The &lt;b&gt;accept queue&lt;/b&gt; holds ESTABLISHED connections that the application has not yet accept()ed; its size is the listen() backlog, capped by net.core.somaxconn.&lt;/p&gt;&lt;p&gt;When the accept queue is full, Linux drops the final ACK (the client thinks it is connected, and the server resends its SYN-ACK), or resets if tcp_abort_on_overflow is set.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;半连接队列&lt;/b&gt;（SYN queue）存放半连接（已收到 SYN、已发出 SYN-ACK、正在等 ACK）；Linux 用 tcp_max_syn_backlog 设置其大小。&lt;b&gt;全连接队列&lt;/b&gt;（accept queue）存放已 ESTABLISHED 但应用还没有 accept() 的连接；其大小为 listen() 的 backlog，上限是 net.core.somaxconn。&lt;/p&gt;&lt;p&gt;全连接队列满时，Linux 会丢弃最后的 ACK（客户端以为已连接，服务器则重传 SYN-ACK）；若设置了 tcp_abort_on_overflow，则发送 RST。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>What do SYN cookies cost?</source>
        <translation>SYN cookie 有什么代价？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;With no state kept, a lost SYN-ACK is never retransmitted, and only a few MSS values fit in the cookie. Options such as window scaling and SACK survive only if timestamps carry them. That is why Linux uses cookies only when the SYN queue overflows.&lt;/p&gt;</source>
        <translation>&lt;p&gt;因为不保存状态，丢失的 SYN-ACK 永远不会重传，而且 cookie 里只放得下少数几个 MSS 取值。窗口缩放、SACK 等选项只有借助时间戳携带才能保留。所以 Linux 只在半连接队列溢出时才使用 SYN cookie。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Why four waves to close, and when can it be three?</source>
        <translation>为什么关闭连接要四次挥手？什么时候只需要三次？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;Each direction is closed on its own. A FIN says &quot;I have nothing more to send&quot;; the peer&apos;s TCP acknowledges it at once, but its application may still send (a &lt;b&gt;half-close&lt;/b&gt;), and sends its own FIN only when it calls close(). FIN, ACK, FIN, ACK: four segments.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Three&lt;/b&gt; when the peer&apos;s application closes before the ACK has left, for example while a delayed ACK waits (Linux: at least 40 ms): the ACK rides on the peer&apos;s FIN.&lt;/p&gt;</source>
        <translation>&lt;p&gt;两个方向各自独立关闭。FIN 表示“我没有数据要发了”；对端的 TCP 会立即确认它，但对端应用可能还要继续发送（&lt;b&gt;半关闭&lt;/b&gt;），直到它调用 close() 才发出自己的 FIN。FIN、ACK、FIN、ACK：四个报文段。&lt;/p&gt;&lt;p&gt;如果对端应用在 ACK 发出之前就关闭了，比如 ACK 正处于延迟确认中（Linux：至少 40 毫秒），ACK 就搭载在对端的 FIN 上，这时只需&lt;b&gt;三次&lt;/b&gt;。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>What if a FIN is lost?</source>
        <translation>FIN 丢了会怎样？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;A FIN takes one sequence number, so it is retransmitted like data until acknowledged; the sender stays in FIN-WAIT-1 (or LAST-ACK) meanwhile.&lt;/p&gt;&lt;p&gt;If the &lt;i&gt;last&lt;/i&gt; ACK is lost, the peer in LAST-ACK resends its FIN; the closer, still in TIME-WAIT, acknowledges it again and restarts its 2MSL timer.&lt;/p&gt;</source>
        <translation>&lt;p&gt;FIN 占用一个序列号，所以它和数据一样会被重传，直到被确认；在此期间发送方停留在 FIN-WAIT-1（或 LAST-ACK）。&lt;/p&gt;&lt;p&gt;如果丢的是&lt;i&gt;最后一个&lt;/i&gt; ACK，处于 LAST-ACK 的对端会重传 FIN；主动关闭方仍在 TIME-WAIT，会再次确认它，并重新启动 2MSL 定时器。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>What do many CLOSE_WAIT sockets on a server mean?</source>
        <translation>服务器上堆积大量 CLOSE_WAIT 连接说明什么？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;The peers have closed, and the server&apos;s application has not. CLOSE-WAIT lasts until the application calls close(): TCP has no timer for it. Sockets piling up there are an application bug: a missing close() on an error path, a leaked connection, or a thread stuck elsewhere. Restarting hides it; fixing the code cures it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;对端已经关闭了，而服务器的应用还没有。CLOSE-WAIT 会一直持续到应用调用 close()：TCP 没有为它设定时器。套接字堆积在这里是应用的 bug：错误处理路径上漏了 close()、连接泄漏，或者线程卡在别处。重启只能掩盖问题，修改代码才能根治。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Can a connection stay in FIN-WAIT-2 forever?</source>
        <translation>连接会一直停在 FIN-WAIT-2 吗？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;In RFC 9293, yes: the peer may keep sending as long as it likes. Linux limits it for orphaned sockets (closed by the application): after tcp_fin_timeout = 60 s it drops the connection.&lt;/p&gt;</source>
        <translation>&lt;p&gt;按 RFC 9293，是的：对端想发多久就可以发多久。Linux 对孤儿套接字（应用已关闭的）做了限制：超过 tcp_fin_timeout = 60 秒就丢弃该连接。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What happens when both sides close at once, or one aborts?</source>
        <translation>双方同时关闭，或一方直接中止（abort）时会怎样？</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;p&gt;When the FINs cross, each side gets the other&apos;s FIN in FIN-WAIT-1, goes to CLOSING, and both end in TIME-WAIT.&lt;/p&gt;&lt;p&gt;An abort (close() with SO_LINGER 0) sends a single RST: no FIN, no TIME-WAIT, and the peer gets ECONNRESET. Unsent data is lost.&lt;/p&gt;</source>
        <translation>&lt;p&gt;当两个 FIN 交错而过时，双方都在 FIN-WAIT-1 收到对方的 FIN，进入 CLOSING，最后都进入 TIME-WAIT。&lt;/p&gt;&lt;p&gt;中止（SO_LINGER 为 0 时调用 close()）只发送一个 RST：没有 FIN，也没有 TIME-WAIT，对端得到 ECONNRESET。未发送的数据会丢失。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What happens when a connected peer crashes?</source>
        <translation>已连接的对端崩溃了会怎样？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;Nothing, at first: an idle connection sends nothing, so the survivor keeps a &lt;b&gt;half-open&lt;/b&gt; connection. It finds out when it sends (the retransmissions time out, on Linux after tcp_retries2 = 15, about 15 min; or the restarted peer answers with a RST), or through &lt;b&gt;keepalive&lt;/b&gt; (SO_KEEPALIVE, off by default, RFC 9293 3.8.4). Linux probes after 7200 s idle, every 75 s, 9 times.&lt;/p&gt;&lt;p&gt;Three outcomes: the peer &lt;b&gt;answers with an ACK&lt;/b&gt; (alive, wait again); &lt;b&gt;no answer&lt;/b&gt; to every probe (ETIMEDOUT, after 7200 + 9 × 75 = 7875 s with the defaults); the peer has &lt;b&gt;restarted&lt;/b&gt; and answers with a RST (ECONNRESET).&lt;/p&gt;</source>
        <translation>&lt;p&gt;起初什么也不会发生：空闲的连接不发送任何东西，所以幸存的一方会一直保持一个&lt;b&gt;半开连接&lt;/b&gt;。它要到自己发送数据时才会发现（重传超时，Linux 上在 tcp_retries2 = 15 次之后，约 15 分钟；或者重启后的对端回一个 RST），或者通过&lt;b&gt;保活机制&lt;/b&gt;（SO_KEEPALIVE，默认关闭，RFC 9293 3.8.4）发现。Linux 在空闲 7200 秒后开始探测，每 75 秒一次，共 9 次。&lt;/p&gt;&lt;p&gt;三种结果：对端&lt;b&gt;回复 ACK&lt;/b&gt;（还活着，继续等待）；所有探测都&lt;b&gt;没有回应&lt;/b&gt;（ETIMEDOUT，默认配置下需 7200 + 9 × 75 = 7875 秒）；对端已&lt;b&gt;重启&lt;/b&gt;，回复 RST（ECONNRESET）。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Why do applications add their own heartbeat?</source>
        <translation>为什么应用程序还要自己做心跳？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;TCP keepalive is off by default, its two hours are longer than most NAT and firewall idle timeouts, and it only proves the peer&apos;s kernel is alive, not that its application works. An application-level ping checks the application and keeps middleboxes from forgetting the connection.&lt;/p&gt;</source>
        <translation>&lt;p&gt;TCP 保活默认关闭，它的两小时比大多数 NAT 和防火墙的空闲超时都长，而且它只能证明对端的内核还活着，不能证明对端应用还在正常工作。应用层的心跳能检查应用本身，还能防止中间设备遗忘这个连接。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>And if only the process dies, not the host?</source>
        <translation>如果只是进程挂了，主机还在呢？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;The kernel closes its sockets for it: the peer gets a FIN as for a normal close (or a RST if received data was left unread), so it learns at once. Only a host crash, a power cut or a cut cable leaves a half-open connection.&lt;/p&gt;</source>
        <translation>&lt;p&gt;内核会替它关闭套接字：对端会像正常关闭一样收到 FIN（如果还有已收到但未读取的数据，则收到 RST），所以对端马上就知道。只有主机崩溃、断电或网线被切断才会留下半开连接。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Why does TIME_WAIT exist, why 2MSL, and what do many TIME_WAIT sockets cost?</source>
        <translation>为什么要有 TIME_WAIT 状态？为什么是 2MSL？大量 TIME_WAIT 连接有什么代价？</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;p&gt;The side that closes first waits in TIME-WAIT for two reasons: to &lt;b&gt;acknowledge the peer&apos;s FIN again&lt;/b&gt; if its last ACK is lost (else the retransmitted FIN would get a RST), and to let &lt;b&gt;old segments&lt;/b&gt; of the connection die before the same 4-tuple can be used again.&lt;/p&gt;&lt;p&gt;&lt;b&gt;2MSL&lt;/b&gt;: a segment lives at most one MSL; one for the last ACK and one for a FIN resent in reply covers both directions. RFC 9293 takes MSL = 2 min, so 4 min (MUST-13); Linux waits a fixed 60 s.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Cost&lt;/b&gt;: little memory, but each holds its 4-tuple. A client opening many short connections to one server runs out of ephemeral ports (EADDRNOTAVAIL). Remedies: reuse connections (keep-alive, pools), tcp_tw_reuse for outgoing connections (needs timestamps); not SO_LINGER 0, which drops the protection.&lt;/p&gt;</source>
        <translation>&lt;p&gt;先关闭的一方在 TIME-WAIT 中等待，原因有二：如果它的最后一个 ACK 丢失，要能&lt;b&gt;再次确认对端的 FIN&lt;/b&gt;（否则重传的 FIN 会收到 RST）；并让这个连接的&lt;b&gt;旧报文段&lt;/b&gt;在同一四元组被再次使用之前从网络中消失。&lt;/p&gt;&lt;p&gt;&lt;b&gt;2MSL&lt;/b&gt;：一个报文段最多存活一个 MSL；最后的 ACK 一个 MSL，作为回应而重传的 FIN 再一个 MSL，两个方向都覆盖了。RFC 9293 取 MSL = 2 分钟，因此是 4 分钟（MUST-13）；Linux 固定等待 60 秒。&lt;/p&gt;&lt;p&gt;&lt;b&gt;代价&lt;/b&gt;：占用内存很少，但每个都占着自己的四元组。向同一服务器频繁建立短连接的客户端会耗尽临时端口（EADDRNOTAVAIL）。对策：复用连接（长连接、连接池），对外发起的连接启用 tcp_tw_reuse（需要时间戳）；不要用 SO_LINGER 0，那会丢掉这层保护。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Which side goes through TIME-WAIT?</source>
        <translation>哪一方会进入 TIME-WAIT？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;The one that closes first (the active close), client or server. A web server that closes first collects TIME-WAIT sockets; that costs it no ports, since they differ in the clients&apos; halves of the 4-tuple. In a simultaneous close both sides wait.&lt;/p&gt;</source>
        <translation>&lt;p&gt;先关闭的一方（主动关闭方），无论是客户端还是服务器。先关闭的 Web 服务器会积累 TIME-WAIT 套接字；但这不会耗尽它的端口，因为它们在四元组的客户端一半上各不相同。同时关闭时双方都要等待。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What is TIME-WAIT assassination?</source>
        <translation>什么是 TIME-WAIT 暗杀（TIME-WAIT assassination）？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;A RST that arrives in TIME-WAIT ends it early under RFC 9293, and the old-segment protection with it. RFC 1337 describes the hazard and suggests ignoring RSTs in TIME-WAIT; Linux does so only with tcp_rfc1337 = 1 (default 0).&lt;/p&gt;</source>
        <translation>&lt;p&gt;按 RFC 9293，TIME-WAIT 中收到的 RST 会提前结束这个状态，对旧报文段的保护也随之失效。RFC 1337 描述了这一隐患，建议在 TIME-WAIT 中忽略 RST；Linux 只有在 tcp_rfc1337 = 1 时才这样做（默认为 0）。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Can an off-path attacker reset someone else&apos;s connection?</source>
        <translation>不在通信路径上的攻击者能重置别人的连接吗？</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;p&gt;It must guess the 4-tuple and a sequence number the receiver accepts. Under the original rule any RST inside the receive window resets the connection, so a blind attacker needs only one guess per window&apos;s worth of sequence space. RFC 5961 (Linux) accepts only the exact next sequence number and answers a RST elsewhere in the window with a challenge ACK.&lt;/p&gt;</source>
        <translation>&lt;p&gt;它必须猜中四元组和一个接收方会接受的序列号。按最初的规则，接收窗口内的任何 RST 都会重置连接，所以盲攻击者每个窗口大小的序列号空间只需猜一次。RFC 5961（Linux 采用）只接受恰好等于下一个期望序列号的 RST，对落在窗口内其他位置的 RST 回复一个挑战 ACK（challenge ACK）。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Quiz</name>
    <message>
        <location filename="../../ui/quiz.cpp" line="+38"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../ui/quiz_build.cpp" line="+86"/>
        <source>It receives %1.</source>
        <translation>它收到 %1。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Its application calls close().</source>
        <translation>它的应用调用了 close()。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its application aborts the connection.</source>
        <translation>它的应用中止了连接。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its application sends data to a remote address.</source>
        <translation>它的应用向一个远端地址发送数据。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its 2MSL timer expires.</source>
        <translation>它的 2MSL 定时器到期。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its retransmission timer fires once more, and it has retransmitted as often as it may.</source>
        <translation>它的重传定时器再次超时，而重传次数已达上限。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Its FIN-WAIT-2 timer expires.</source>
        <translation>它的 FIN-WAIT-2 定时器到期。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its last keep-alive probe goes unanswered.</source>
        <translation>它的最后一个保活探测没有得到回应。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 is in %2. %3 Which state does it enter?</source>
        <translation>%1 处于 %2。%3 它会进入哪个状态？</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>An attacker injects a segment towards %1 that claims to come from %2. Its numbers are a guess. Which flags does it carry?</source>
        <translation>攻击者向 %1 注入一个报文段，冒充来自 %2。其中的序列号是猜的。它带有哪些标志位？</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 sends a segment to %2. What does it carry?</source>
        <translation>%1 向 %2 发送一个报文段。它携带什么？</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It carries %1 bytes of data.</source>
        <translation>它携带 %1 字节数据。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its seq is a SYN cookie: %1.</source>
        <translation>它的 seq 是一个 SYN cookie：%1。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Its seq is the initial sequence number (ISN) it chose: %1.</source>
        <translation>它的 seq 是它选定的初始序列号（ISN）：%1。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>relative: %1</source>
        <translation>相对：%1</translation>
    </message>
</context>
<context>
    <name>ui::QuestionsPanel</name>
    <message>
        <location filename="../../ui/questions_panel.cpp" line="+106"/>
        <source>See it happen:</source>
        <translation>看它实际发生：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Run: %1</source>
        <translation>运行：%1</translation>
    </message>
</context>
<context>
    <name>ui::QuizPanel</name>
    <message>
        <location filename="../../ui/quiz_panel.cpp" line="+80"/>
        <source>absolute or relative</source>
        <translation>绝对值或相对值</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>Question %1 of %2</source>
        <translation>第 %1 题，共 %2 题</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Just before: %1</source>
        <translation>刚刚发生：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Flags</source>
        <translation>标志位</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Next state</source>
        <translation>下一个状态</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Nothing to ask</source>
        <translation>没有可问的</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quiz over</source>
        <translation>测验结束</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This trace has no segment or state change to predict.</source>
        <translation>这条轨迹中没有可以预测的报文段或状态变化。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You answered %1 of %2 questions right.</source>
        <translation>你答对了 %2 道题中的 %1 道。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Pick an answer first.</source>
        <translation>请先选择一个答案。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&lt;b&gt;Right.&lt;/b&gt;</source>
        <translation>&lt;b&gt;正确。&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Not quite.&lt;/b&gt;</source>
        <translation>&lt;b&gt;不太对。&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The answer: %1</source>
        <translation>答案：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>flags</source>
        <translation>标志位</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Wrong: %1</source>
        <translation>错误的部分：%1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Score: %1 / %2</source>
        <translation>得分：%1 / %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Check</source>
        <translation>检查(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next</source>
        <translation>下一题(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restart</source>
        <translation>重新开始(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sequence number: absolute, or relative to this side&apos;s ISN</source>
        <translation>序列号：绝对值，或相对于本方 ISN 的值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The acknowledgment number: absolute, or relative to the peer&apos;s ISN</source>
        <translation>确认号：绝对值，或相对于对端 ISN 的值</translation>
    </message>
</context>
</TS>
