<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>EditText</name>
    <message>
        <location filename="../../ui/edit_text.cpp" line="+50"/>
        <location line="+5"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 µs</source>
        <translation>%1 微秒</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>At %1: %2: %3</source>
        <translation>在 %1：%2：%3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>At %1: crash %2</source>
        <translation>在 %1：使 %2 崩溃</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At %1: restart %2</source>
        <translation>在 %1：重启 %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>At %1: inject %2</source>
        <translation>在 %1：注入 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From %1 to %2: cut the link between %3 and %4</source>
        <translation>从 %1 到 %2：切断 %3 与 %4 之间的链路</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From %1: %2</source>
        <translation>从 %1 起：%2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>At %1: drop the matching segments</source>
        <translation>在 %1：丢弃匹配的报文段</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At %1: delay the matching segments by %2</source>
        <translation>在 %1：将匹配的报文段延迟 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At %1: duplicate the matching segments</source>
        <translation>在 %1：复制匹配的报文段</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>At %1: delay segment #%2 (%3) by %4</source>
        <translation>在 %1：将报文段 #%2（%3）延迟 %4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At %1: duplicate segment #%2 (%3), the copy %4 later</source>
        <translation>在 %1：复制报文段 #%2（%3），副本晚 %4 到达</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At %1: drop segment #%2 (%3)</source>
        <translation>在 %1：丢弃报文段 #%2（%3）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>delay %1</source>
        <translation>延迟 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>jitter %1</source>
        <translation>抖动 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>loss %1</source>
        <translation>丢包率 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 → %2 %3</source>
        <translation>%1 → %2 %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (spoofing %2)</source>
        <translation>%1（伪造 %2）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 from %2 into %3</source>
        <translation>由 %2 发往 %3 的 %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source> with %n byte(s) of data</source>
        <translation>
            <numerusform>，携带 %n 字节数据</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>, %n copies %1 apart</source>
        <translation>
            <numerusform>，%n 个副本，间隔 %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>listen()</source>
        <translation>listen()</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>connect(%1)</source>
        <translation>connect(%1)</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>send(%n byte(s))</source>
        <translation>
            <numerusform>send(%n 字节)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>send(%1)</source>
        <translation>send(%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>close()</source>
        <translation>close()</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>abort()</source>
        <translation>abort()</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>setsockopt(keep-alive)</source>
        <translation>setsockopt(keep-alive)</translation>
    </message>
</context>
<context>
    <name>EventText</name>
    <message>
        <location filename="../../ui/event_terms.cpp" line="+32"/>
        <source>2MSL timer</source>
        <translation>2MSL 定时器</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>FIN-WAIT-2 timer</source>
        <translation>FIN-WAIT-2 定时器</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>keep-alive timer</source>
        <translation>保活定时器</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>delayed-ACK timer</source>
        <translation>延迟 ACK 定时器</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Sent</source>
        <translation>发送</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Arrived</source>
        <translation>到达</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dropped</source>
        <translation>丢弃</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Timer</source>
        <translation>定时器</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Call</source>
        <translation>调用</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Queue</source>
        <translation>队列</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fault</source>
        <translation>故障</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+2"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 µs</source>
        <translation>%1 微秒</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>active OPEN</source>
        <translation>主动 OPEN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>passive OPEN</source>
        <translation>被动 OPEN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SEND in LISTEN: passive becomes active</source>
        <translation>在 LISTEN 中 SEND：被动打开转为主动打开</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SYN received</source>
        <translation>收到 SYN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SYN, ACK received</source>
        <translation>收到 SYN, ACK</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SYN received: simultaneous open</source>
        <translation>收到 SYN：同时打开</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ACK of SYN received</source>
        <translation>收到对 SYN 的 ACK</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CLOSE</source>
        <translation>CLOSE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ACK of FIN received</source>
        <translation>收到对 FIN 的 ACK</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>FIN received</source>
        <translation>收到 FIN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>2MSL timeout</source>
        <translation>2MSL 超时</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>RST received</source>
        <translation>收到 RST</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>RST received: back to LISTEN</source>
        <translation>收到 RST：回到 LISTEN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SYN received: back to LISTEN</source>
        <translation>收到 SYN：回到 LISTEN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ABORT</source>
        <translation>ABORT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SYN in a synchronized state</source>
        <translation>在已同步状态下收到 SYN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>retransmission limit reached</source>
        <translation>达到重传次数上限</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>FIN-WAIT-2 timeout</source>
        <translation>FIN-WAIT-2 超时</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>keep-alive probes unanswered</source>
        <translation>保活探测无应答</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>new SYN reuses TIME-WAIT</source>
        <translation>新的 SYN 复用 TIME-WAIT 连接</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>two-way handshake, not TCP</source>
        <translation>两次握手，不是 TCP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ACK with a valid SYN cookie</source>
        <translation>带有效 SYN cookie 的 ACK</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../ui/event_text.cpp" line="+177"/>
        <source>host crashed</source>
        <translation>主机崩溃</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>seen in the capture; the state before is not known</source>
        <translation>在抓包中看到；之前的状态未知</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the capture cannot tell the state from here on</source>
        <translation>从这里起抓包无法判断状态</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>timed out</source>
        <translation>超时</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>connection refused</source>
        <translation>连接被拒绝</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>connection reset</source>
        <translation>连接被重置</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no local port free</source>
        <translation>没有空闲的本地端口</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>address in use</source>
        <translation>地址已被占用</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sending side already closed</source>
        <translation>发送方向已关闭</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not allowed in this state</source>
        <translation>此状态下不允许</translation>
    </message>
    <message>
        <location filename="../../ui/event_text.cpp" line="-116"/>
        <source>1 byte</source>
        <translation>1 字节</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 bytes</source>
        <translation>%1 字节</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>segment #%1</source>
        <translation>报文段 #%1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>sends segment #%1</source>
        <translation>发送报文段 #%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>receives %1</source>
        <translation>收到 %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 armed (%2)</source>
        <translation>%1 启动（%2）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 fired</source>
        <translation>%1 到期</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 cancelled</source>
        <translation>%1 取消</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>backlog %1</source>
        <translation>backlog %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 called</source>
        <translation>调用 %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 → connection from %2</source>
        <translation>%1 → 来自 %2 的连接</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 → ok</source>
        <translation>%1 → 成功</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>1 byte delivered to the application</source>
        <translation>1 字节交付给应用程序</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 bytes delivered to the application</source>
        <translation>%1 字节交付给应用程序</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>listen queue: SYN %1, accept %2</source>
        <translation>监听队列：SYN %1，accept %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>host %1 crashed</source>
        <translation>主机 %1 崩溃</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>host restarted</source>
        <translation>主机已重启</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>host %1 restarted</source>
        <translation>主机 %1 已重启</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>retransmits %1</source>
        <translation>重传 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>sends %1: no socket matches</source>
        <translation>发送 %1：没有匹配的套接字</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sends %1 (challenge ACK, RFC 5961)</source>
        <translation>发送 %1（挑战 ACK，RFC 5961）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sends keep-alive probe %1</source>
        <translation>发送保活探测 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sends %1 (injected by %2)</source>
        <translation>发送 %1（由 %2 注入）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sends %1 (duplicate of #%2)</source>
        <translation>发送 %1（#%2 的副本）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sends %1 with a SYN cookie</source>
        <translation>发送带 SYN cookie 的 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sends %1</source>
        <translation>发送 %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 lost on the link</source>
        <translation>%1 在链路上丢失</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 dropped: no host has address %2</source>
        <translation>%1 被丢弃：没有主机的地址是 %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 dropped: no socket at %2</source>
        <translation>%1 被丢弃：%2 上没有套接字</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 dropped: host %2 is down</source>
        <translation>%1 被丢弃：主机 %2 已宕机</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 dropped by a fault</source>
        <translation>%1 被故障丢弃</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 dropped: the listen queue is full</source>
        <translation>%1 被丢弃：监听队列已满</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 dropped</source>
        <translation>%1 被丢弃</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>fault #%1 dropped segment %2</source>
        <translation>故障 #%1 丢弃了报文段 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fault #%1 delayed segment %2</source>
        <translation>故障 #%1 延迟了报文段 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fault #%1 duplicated segment %2</source>
        <translation>故障 #%1 复制了报文段 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fault #%1 injected segment %2</source>
        <translation>故障 #%1 注入了报文段 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fault #%1: segment %2 crossed a partitioned link</source>
        <translation>故障 #%1：报文段 %2 穿过了被分区的链路</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fault #%1 changed the link</source>
        <translation>故障 #%1 改变了链路</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fault #%1</source>
        <translation>故障 #%1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>ImageExport</name>
    <message>
        <location filename="../../ui/image_export.cpp" line="+157"/>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>the image is too large</source>
        <translation>图像太大</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+23"/>
        <source>cannot open the file</source>
        <translation>无法打开文件</translation>
    </message>
</context>
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
        <source>&lt;p&gt;The sender cannot tell loss from delay; its retransmission timer fires and it sends the same segment again, with the same sequence number. The initial RTO is 1 s and doubles each time (RFC 6298).&lt;/p&gt;&lt;p&gt;Linux retries a SYN tcp_syn_retries = 6 times (gives up after about 127 s, connect() fails with ETIMEDOUT; since Linux 6.5 the first retries come 1 s apart instead of doubling and four more are made, about 131 s in all) and a SYN-ACK tcp_synack_retries = 5 times. If the SYN-ACK is lost, both sides retransmit.&lt;/p&gt;</source>
        <translation>&lt;p&gt;发送方分不清是丢失还是延迟；它的重传定时器超时后，用相同的序列号再次发送同一个报文段。初始 RTO 为 1 秒，每次翻倍（RFC 6298）。&lt;/p&gt;&lt;p&gt;Linux 对 SYN 重试 tcp_syn_retries = 6 次（约 127 秒后放弃，connect() 以 ETIMEDOUT 失败；从 Linux 6.5 起，最初几次重试间隔 1 秒而不翻倍，并多试四次，总共约 131 秒），对 SYN-ACK 重试 tcp_synack_retries = 5 次。如果丢的是 SYN-ACK，双方都会重传。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+13"/>
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
    <name>Narration</name>
    <message>
        <location filename="../../ui/narration.cpp" line="+42"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This trace has no events.</source>
        <translation>此轨迹没有事件。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 events over %2, between %3.</source>
        <translation>共 %1 个事件，历时 %2，参与者：%3。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>First: %1.</source>
        <translation>第一个事件：%1。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This trace was read from a packet capture: the states are inferred from the segments seen, and what the capture cannot show is marked unknown.</source>
        <translation>此轨迹读自抓包文件：状态是根据看到的报文段推断出来的，抓包无法显示的部分标记为未知。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Before the first event</source>
        <translation>第一个事件之前</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Press Play (Space) or step with the arrow keys to go event by event. Here you will read what happened, why, and what each side waits for next.</source>
        <translation>按“播放”（空格键）或用方向键逐个事件前进。这里会说明发生了什么、为什么，以及每一端接下来在等什么。</translation>
    </message>
    <message>
        <location filename="../../ui/narration_arrival.cpp" line="+28"/>
        <source>%1 moves from %2 to %3.</source>
        <translation>%1 从 %2 进入 %3。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>It answers with %1.</source>
        <translation>它回复 %1。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 bytes go up to the application.</source>
        <translation>%1 字节交给了应用程序。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The RTO of %1 is cancelled: the connection is gone.</source>
        <translation>%1 的 RTO 被取消：连接已经不存在了。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything %1 sent is now acknowledged, so its RTO is cancelled.</source>
        <translation>%1 发出的所有数据现在都已被确认，因此取消它的 RTO。</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Its first byte, seq %1, is the next one expected, so the data goes to the application and is acknowledged with ack = %2.</source>
        <translation>它的第一个字节 seq %1 正是期待的下一个字节，因此数据交给应用程序，并以 ack = %2 确认。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing new is delivered: these bytes are not the next ones expected (a duplicate, or data after a gap). The receiver acknowledges what it has, so the sender learns what is missing.</source>
        <translation>没有交付新数据：这些字节不是期待的下一个字节（重复数据，或缺口之后的数据）。接收方确认它已收到的部分，让发送方知道缺了什么。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The RST matches no connection it could close, so it is ignored.</source>
        <translation>这个 RST 不匹配任何可关闭的连接，因此被忽略。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its seq %1 lies outside the window of sequence numbers %2 accepts (the next one it expects is %3), so the RST is silently dropped: a guessed RST must land in the window to do harm.</source>
        <translation>它的 seq %1 落在 %2 可接受的序列号窗口之外（它期待的下一个序列号是 %3），因此这个 RST 被悄悄丢弃：猜测的 RST 必须落入窗口内才能造成破坏。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>UDP does not notice the loss and nothing sends the datagram again: its %1 bytes never reach the application.</source>
        <translation>UDP 察觉不到丢失，也没有任何机制重发这个数据报：它的 %1 字节永远到不了应用程序。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nobody resends a lost pure ACK, because ACKs are not acknowledged. If the peer still waits for it, its own RTO will fire and resend its segment, and the ACK will be sent again in reply.</source>
        <translation>丢失的纯 ACK 没有人重传，因为 ACK 本身不会被确认。如果对端还在等它，对端自己的 RTO 会超时并重传它的报文段，届时会再回复一个 ACK。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A RST is never retransmitted: if it is lost, the peer finds out only when its next segment draws another RST.</source>
        <translation>RST 从不重传：如果它丢了，对端只有在下一个报文段再次引来 RST 时才会发现。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The sender is not told: it only notices that no acknowledgement comes back before its RTO expires. No copy follows in this trace.</source>
        <translation>发送方不会得到通知：它只会注意到在 RTO 到期前没有收到确认。此轨迹中之后没有重传的副本。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The sender is not told: it only notices that no acknowledgement comes back. Its RTO fires at %1 and it sends the segment again as #%2.</source>
        <translation>发送方不会得到通知：它只会注意到没有确认回来。它的 RTO 在 %1 超时，并以 #%2 重传该报文段。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Segment #%1 (%2) from %3 is lost on the way to %4.</source>
        <translation>报文段 #%1（%2）从 %3 发往 %4 的途中丢失。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Segment #%1 (%2) is dropped by a fault of the scenario: it never reaches %3.</source>
        <translation>报文段 #%1（%2）被场景中的故障丢弃：它永远到不了 %3。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Segment #%1 (%2) goes nowhere: no host has the address %3.</source>
        <translation>报文段 #%1（%2）无处可去：没有主机使用地址 %3。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Datagram #%1 is dropped at %2: no socket is bound to that port (a real host would send an ICMP &quot;port unreachable&quot;, which is not modelled here).</source>
        <translation>数据报 #%1 在 %2 被丢弃：该端口上没有绑定套接字（真实主机会回送 ICMP“端口不可达”，这里没有模拟）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Segment #%1 (%2) reaches %3, but that host is down: it answers nothing, not even a RST.</source>
        <translation>报文段 #%1（%2）到达 %3，但该主机已宕机：它什么也不回复，连 RST 都没有。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 drops segment #%2 (%3) without an answer: its listen queue is full.</source>
        <translation>%1 丢弃报文段 #%2（%3）且不作回复：它的监听队列已满。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Segment #%1 (%2) is dropped.</source>
        <translation>报文段 #%1（%2）被丢弃。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A segment arrives</source>
        <translation>一个报文段到达</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Segment #%1 arrives.</source>
        <translation>报文段 #%1 到达。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Segment #%1 (%2) arrives at %3.</source>
        <translation>报文段 #%1（%2）到达 %3。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Datagram arrives</source>
        <translation>数据报到达</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>UDP hands each datagram to the application as it comes, and sends no acknowledgement back.</source>
        <translation>UDP 收到数据报就直接交给应用程序，不回送任何确认。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Here seq %1 lies in the window that starts at %2, the next sequence number expected.</source>
        <translation>这里 seq %1 落在从 %2（期待的下一个序列号）开始的窗口之内。</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+8"/>
        <location line="+24"/>
        <source>Arrival at %1</source>
        <translation>到达 %1</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>The receiver checks a segment in the order RFC 9293 gives: is its sequence number acceptable, then RST, SYN, ACK, FIN, and finally the data.</source>
        <translation>接收方按 RFC 9293 规定的顺序检查报文段：先看序列号是否可接受，再依次检查 RST、SYN、ACK、FIN，最后处理数据。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>It changes no state.</source>
        <translation>它没有改变任何状态。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The real %1 still has its connection and this ACK fits it, so it sends no RST: the forged RST has failed.</source>
        <translation>真正的 %1 仍然保有它的连接，而且这个 ACK 与之相符，所以它不发送 RST：伪造的 RST 攻击失败了。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Its ack = %1 tells %2 that every byte before %1 has arrived.</source>
        <translation>它的 ack = %1 告诉 %2：%1 之前的每个字节都已到达。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A segment is lost</source>
        <translation>一个报文段丢失</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Segment #%1 is dropped.</source>
        <translation>报文段 #%1 被丢弃。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Linux drops a SYN that finds the queue full instead of refusing it: the client will simply try again when its RTO fires, maybe when there is room.</source>
        <translation>Linux 遇到队列已满时直接丢弃 SYN，而不是拒绝连接：客户端会在 RTO 超时后再试，那时也许有了空位。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lost: segment #%1</source>
        <translation>丢失：报文段 #%1</translation>
    </message>
    <message>
        <location filename="../../ui/narration_events.cpp" line="+40"/>
        <source>The application binds a UDP socket at %1.</source>
        <translation>应用程序在 %1 绑定了一个 UDP 套接字。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The application of %1 calls listen() with a backlog of %2 connections.</source>
        <translation>%1 的应用程序调用 listen()，backlog 为 %2 个连接。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The application of %1 calls connect() on a UDP socket: it only records the destination %2; nothing is sent.</source>
        <translation>%1 的应用程序在 UDP 套接字上调用 connect()：它只记录目的地址 %2，不发送任何东西。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The application of %1 calls connect() to %2.</source>
        <translation>%1 的应用程序调用 connect() 连接 %2。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The application of %1 calls accept().</source>
        <translation>%1 的应用程序调用 accept()。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The application of %1 hands %2 bytes to send.</source>
        <translation>%1 的应用程序交给 TCP %2 字节待发送。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The application of %1 reads from the socket.</source>
        <translation>%1 的应用程序从套接字读取数据。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The application of %1 calls close().</source>
        <translation>%1 的应用程序调用 close()。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The application of %1 aborts the connection.</source>
        <translation>%1 的应用程序中止（abort）连接。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The application of %1 sets a socket option (keep-alive).</source>
        <translation>%1 的应用程序设置了一个套接字选项（保活 keep-alive）。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>UDP has nothing to listen for: datagrams are simply delivered.</source>
        <translation>UDP 没有什么可监听的：数据报直接交付。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A passive open: the socket will accept connections. The backlog bounds how many finished connections may wait for accept().</source>
        <translation>被动打开：该套接字将接受连接。backlog 限制了已完成握手、等待 accept() 的连接数。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>UDP has no handshake.</source>
        <translation>UDP 没有握手。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An active open: TCP starts the three-way handshake.</source>
        <translation>主动打开：TCP 开始三次握手。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TCP copies the bytes into its send buffer and numbers them; when they are actually sent depends on the window and on the connection&apos;s state.</source>
        <translation>TCP 把这些字节复制到发送缓冲区并为它们编号；什么时候真正发出取决于窗口和连接的状态。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>close() means &quot;I have nothing more to send&quot;: TCP finishes sending what is queued, then sends a FIN.</source>
        <translation>close() 的意思是“我没有更多数据要发了”：TCP 先发完排队的数据，然后发送 FIN。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>abort() drops the connection at once with a RST, discarding queued data.</source>
        <translation>abort() 立即用 RST 丢弃连接，排队中的数据也一并丢弃。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With SO_KEEPALIVE, TCP probes the peer when the connection has been idle for a while.</source>
        <translation>启用 SO_KEEPALIVE 后，连接空闲一段时间，TCP 就会探测对端。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The peer never answered: retransmissions or keep-alive probes ran out.</source>
        <translation>对端始终没有应答：重传次数或保活探测次数已用完。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The peer answered the SYN with a RST: nothing listens on that port.</source>
        <translation>对端用 RST 回应了 SYN：该端口上没有程序在监听。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An acceptable RST arrived: the connection is gone, with any data not yet read.</source>
        <translation>收到一个可接受的 RST：连接已不存在，尚未读取的数据也随之丢失。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every local port is taken, many of them by connections still in TIME-WAIT.</source>
        <translation>所有本地端口都被占用了，其中很多属于仍处于 TIME-WAIT 的连接。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Another socket already uses this address and port.</source>
        <translation>另一个套接字已在使用这个地址和端口。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The socket has no connection to use.</source>
        <translation>该套接字没有可用的连接。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The application already closed its sending side.</source>
        <translation>应用程序已经关闭了它的发送方向。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The call makes no sense in the connection&apos;s current state.</source>
        <translation>在连接当前的状态下，这个调用没有意义。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 fails at %2 with %3 (%4).</source>
        <translation>%1 在 %2 失败，错误为 %3（%4）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>accept() at %1 returns the new connection from %2.</source>
        <translation>%1 上的 accept() 返回来自 %2 的新连接。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>connect() at %1 returns: the handshake is complete on its side.</source>
        <translation>%1 上的 connect() 返回：它这一侧的握手已完成。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 succeeds at %2.</source>
        <translation>%1 在 %2 成功。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 called</source>
        <translation>调用了 %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>UDP has no handshake: connect() returns at once.</source>
        <translation>UDP 没有握手：connect() 立即返回。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its SYN has been acknowledged and it has acknowledged the peer&apos;s SYN: the application may send now.</source>
        <translation>它的 SYN 已被确认，它也确认了对端的 SYN：应用程序现在可以发送数据了。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The call did what was asked.</source>
        <translation>调用完成了所请求的操作。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The connection finished its handshake and waited in the accept queue; accept() takes it out and gives the application its own socket.</source>
        <translation>该连接已完成握手并在全连接队列（accept queue）中等待；accept() 把它取出来，交给应用程序一个独立的套接字。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 returns</source>
        <translation>%1 返回</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 delivers %2 bytes to its application: bytes %3 to %4 of the stream.</source>
        <translation>%1 向它的应用程序交付 %2 字节：字节流中的第 %3 到第 %4 字节。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>They had sequence numbers %1 to %2 (the peer&apos;s ISN %3 + 1 + offset).</source>
        <translation>它们的序列号是 %1 到 %2（对端 ISN %3 + 1 + 偏移）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Data delivered</source>
        <translation>数据已交付</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>UDP delivers each datagram on its own, in the order it arrives; gaps stay gaps.</source>
        <translation>UDP 把每个数据报单独交付，按到达的顺序；缺口就一直是缺口。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TCP delivers bytes in order, exactly once: out-of-order data waits for the gap to be filled, duplicates are dropped.</source>
        <translation>TCP 按顺序、恰好一次地交付字节：乱序到达的数据要等缺口补上，重复的数据被丢弃。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Listen queues of %1: SYN queue %2 (half-open connections), accept queue %3 (connections ready for accept()).</source>
        <translation>%1 的监听队列：半连接队列（SYN queue）%2 个（半打开的连接），全连接队列（accept queue）%3 个（可被 accept() 的连接）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The SYN queue is full (backlog %1).</source>
        <translation>SYN 队列（半连接队列）已满（backlog %1）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listen queues</source>
        <translation>监听队列</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A connection waits in the SYN queue from the SYN until the ACK of the SYN-ACK, then in the accept queue until the application accepts it. A SYN flood fills the SYN queue with connections that never complete.</source>
        <translation>连接从收到 SYN 起在半连接队列中等待，直到 SYN-ACK 被确认，然后在全连接队列中等待应用程序 accept()。SYN 洪泛会用永远完成不了的连接塞满半连接队列。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 crashes</source>
        <translation>%1 崩溃</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host %1 crashes: it loses every connection and every listener, without sending a single segment.</source>
        <translation>主机 %1 崩溃：它丢失了所有连接和所有监听套接字，却没有发出任何报文段。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Its peers are not told. They find out only when they send something: a restarted host answers with a RST, a dead one not at all, and retransmissions or keep-alive probes finally time out.</source>
        <translation>它的对端不会得到通知。只有在它们发送数据时才会发现：重启后的主机会回复 RST，宕机的主机则毫无回应，最终重传或保活探测会超时。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 restarts</source>
        <translation>%1 重启</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host %1 is up again, with no memory of its old connections.</source>
        <translation>主机 %1 重新上线，但已不记得它原来的任何连接。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any segment of a connection it has forgotten now matches no socket, so it is answered with a RST: that is how a peer learns the connection is gone.</source>
        <translation>任何属于已被遗忘连接的报文段现在都匹配不到套接字，因此会收到 RST：对端正是这样得知连接已不存在的。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Fault #%1 of the scenario</source>
        <translation>场景中的故障 #%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A fault of the scenario</source>
        <translation>场景中的一个故障</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>segment #%1 (%2)</source>
        <translation>报文段 #%1（%2）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fault: drop</source>
        <translation>故障：丢弃</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 drops %2: it will never arrive.</source>
        <translation>%1 丢弃了 %2：它永远不会到达。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Losses happen on real networks; the sender must notice and recover.</source>
        <translation>真实网络中会发生丢包；发送方必须察觉并恢复。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fault: delay</source>
        <translation>故障：延迟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 holds back %2: it arrives late.</source>
        <translation>%1 扣留了 %2：它会晚到。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A delayed segment may arrive after later ones, or after the sender has already sent it again: TCP must cope with both.</source>
        <translation>被延迟的报文段可能在后发的报文段之后到达，也可能在发送方已经重传之后才到达：TCP 必须能应对这两种情况。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fault: duplicate</source>
        <translation>故障：重复</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 makes the network deliver %2 twice.</source>
        <translation>%1 让网络把 %2 投递两次。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The receiver spots the copy by its sequence numbers: data it already has is acknowledged again but never delivered twice.</source>
        <translation>接收方通过序列号识别出副本：已收到的数据会再次确认，但绝不会交付两次。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Fault: partition</source>
        <translation>故障：网络分区</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 cuts the link: %2 is lost.</source>
        <translation>%1 切断了链路：%2 丢失。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>While the link is cut nothing gets through; TCP keeps retransmitting with growing intervals until the link heals or it gives up.</source>
        <translation>链路断开期间什么都过不去；TCP 以越来越长的间隔不断重传，直到链路恢复或它放弃。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fault: link change</source>
        <translation>故障：链路变化</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 changes the link&apos;s properties.</source>
        <translation>%1 改变了链路的属性。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From now on segments see the new delay or loss.</source>
        <translation>从现在起，报文段会经历新的延迟或丢包率。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2 forges %3, pretending to be %4.</source>
        <translation>%1：%2 伪造了 %3，冒充 %4。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 injects %2.</source>
        <translation>%1 注入了 %2。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A segment crafted outside the connection: the receiver checks it like any other.</source>
        <translation>一个在连接之外伪造的报文段：接收方像对待其他报文段一样检查它。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A blind reset attack: whoever guesses a sequence number the receiver accepts can tear down someone else&apos;s connection. Whether this one works depends on where seq %1 lies in the receiver&apos;s window.</source>
        <translation>盲目 RST 攻击：谁能猜中接收方可接受的序列号，谁就能拆掉别人的连接。这次能否成功，取决于 seq %1 落在接收方窗口的什么位置。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A SYN the receiver cannot tell from a real one. If its source address belongs to no host, the answer goes nowhere and a half-open connection waits in the SYN queue (a SYN flood); if it is an old duplicate, it may open a connection nobody asked for.</source>
        <translation>接收方无法把这个 SYN 与真实的 SYN 区分开。如果它的源地址不属于任何主机，回复就无处可去，一个半打开的连接会留在半连接队列里（SYN 洪泛）；如果它是旧的重复 SYN，就可能打开一个没人请求的连接。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fault: injected segment</source>
        <translation>故障：注入报文段</translation>
    </message>
    <message>
        <location filename="../../ui/narration_facts.cpp" line="+251"/>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location filename="../../ui/narration_segments.cpp" line="+36"/>
        <source>%1 does not trust the RST it just received (seq %2): the RST is not exactly at %3, the next sequence number it expects. Instead of closing, it sends a challenge ACK with its real numbers (seq %4, ack %3).</source>
        <translation>%1 不信任刚收到的 RST（seq %2）：这个 RST 并不恰好等于它期待的下一个序列号 %3。它不关闭连接，而是用自己真实的序号发送一个挑战 ACK（challenge ACK，seq %4，ack %3）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 received a SYN on a connection that is already synchronized. Instead of resetting, it sends a challenge ACK with its real numbers (seq %2, ack %3).</source>
        <translation>%1 在一个已同步的连接上收到了 SYN。它不重置连接，而是用自己真实的序号发送一个挑战 ACK（seq %2，ack %3）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A blind attacker may guess a sequence number somewhere in the window, but hardly the exact one. A peer that has really lost the connection answers this ACK with a RST at exactly seq %1, which is accepted; an attacker never sees the challenge.</source>
        <translation>盲目攻击者也许能猜中窗口内的某个序列号，却很难猜中精确的那一个。如果对端真的丢失了连接，它会用恰好为 seq %1 的 RST 回应这个 ACK，这个 RST 会被接受；而攻击者根本看不到这个挑战。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Challenge ACK</source>
        <translation>挑战 ACK</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Its seq = %1 is the ack of the segment it answers, so the receiver will find it acceptable.</source>
        <translation>它的 seq = %1 取自所回应报文段的 ack，因此接收方会认为它可以接受。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It carries ack = %1, the segment&apos;s seq + length, so the receiver can tell which segment it answers.</source>
        <translation>它携带 ack = %1，即该报文段的 seq + 长度，这样接收方能认出它回应的是哪个报文段。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>RST</source>
        <translation>RST</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../ui/narration_sent.cpp" line="+256"/>
        <source>Segment #%1 is sent.</source>
        <translation>报文段 #%1 已发送。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>RST from %1</source>
        <translation>来自 %1 的 RST</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The application aborted: %1 sends a RST (seq = %2) to %3 and forgets the connection at once, throwing away any data not yet sent.</source>
        <translation>应用程序中止了连接：%1 向 %3 发送 RST（seq = %2），并立即忘掉这个连接，丢弃所有尚未发送的数据。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unlike close(), abort() does not wait for the peer: no FIN, no TIME-WAIT. The peer&apos;s application will see ECONNRESET.</source>
        <translation>与 close() 不同，abort() 不等待对端：没有 FIN，也没有 TIME-WAIT。对端的应用程序会得到 ECONNRESET。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 sends a RST (seq = %2) to %3.</source>
        <translation>%1 向 %3 发送 RST（seq = %2）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A RST tells the peer to drop the connection at once.</source>
        <translation>RST 告诉对端立即丢弃连接。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Connection refused</source>
        <translation>连接被拒绝</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing listens on %1: the host refuses the SYN of %2 with a RST (ack = the SYN&apos;s seq %3 + 1 = %4).</source>
        <translation>%1 上没有程序在监听：主机用 RST 拒绝了 %2 的 SYN（ack = SYN 的 seq %3 + 1 = %4）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every segment that belongs to no connection is answered with a reset. When it arrives, the connect() of %1 fails with ECONNREFUSED.</source>
        <translation>任何不属于某个连接的报文段都会收到复位（RST）。它到达后，%1 的 connect() 会以 ECONNREFUSED 失败。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 answers with a RST (seq = %2): the segment&apos;s ack = %3 does not acknowledge its SYN, which had ISN %4.</source>
        <translation>%1 回复 RST（seq = %2）：该报文段的 ack = %3 并没有确认它的 SYN（其 ISN 为 %4）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An unacceptable ACK in SYN-SENT means the segment belongs to an old or foreign connection: the RST makes the other side drop it, while %1 keeps waiting for the right answer to its own SYN.</source>
        <translation>在 SYN-SENT 状态收到不可接受的 ACK，说明这个报文段属于一个旧的或别人的连接：RST 让对方丢掉它，而 %1 继续等待对自己 SYN 的正确应答。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No connection of %1 matches the segment that just arrived (%2), so it answers with a RST.</source>
        <translation>%1 没有任何连接与刚到达的报文段（%2）匹配，因此回复 RST。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The sender believes in a connection that no longer exists here (closed, reset or forgotten in a crash). The reset makes it drop its side too, and its application sees ECONNRESET.</source>
        <translation>发送方以为还有一个连接，但这里已经不存在了（已关闭、被重置，或在崩溃中被遗忘）。RST 让它也丢弃自己这一侧，它的应用程序会得到 ECONNRESET。</translation>
    </message>
    <message>
        <location filename="../../ui/narration_sent.cpp" line="-230"/>
        <source>%1 sends a SYN to %2 with its initial sequence number (ISN) %3.</source>
        <translation>%1 向 %2 发送 SYN，携带它的初始序列号（ISN）%3。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It offers MSS %1: the largest segment it can receive.</source>
        <translation>它通告 MSS %1：它能接收的最大报文段。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A SYN asks to open a connection and tells the peer where this side&apos;s byte numbering starts. The SYN itself takes up one sequence number, so the first data byte will be %1 (ISN + 1), and the peer must answer with ack = %1.</source>
        <translation>SYN 请求建立连接，并告诉对端本方字节编号从哪里开始。SYN 本身占用一个序列号，所以第一个数据字节的序号是 %1（ISN + 1），对端必须以 ack = %1 应答。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SYN: %1 opens a connection</source>
        <translation>SYN：%1 发起连接</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 acknowledges the SYN of %2 (ack = its ISN %3 + 1 = %4)</source>
        <translation>%1 确认了 %2 的 SYN（ack = 其 ISN %3 + 1 = %4）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 acknowledges a SYN with ISN %2 (ack = %3)</source>
        <translation>%1 确认了一个 ISN 为 %2 的 SYN（ack = %3）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 and sends its own SYN with ISN %2.</source>
        <translation>%1，并发送自己的 SYN，ISN 为 %2。</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+12"/>
        <source>SYN-ACK: %1 answers</source>
        <translation>SYN-ACK：%1 应答</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>NOT TCP: in this two-way variant the server does not wait for an ACK of its SYN. It is already ESTABLISHED and may send data at once, even if the SYN was an old duplicate.</source>
        <translation>不是 TCP：在这个两次握手的变体中，服务器不等待对其 SYN 的 ACK。它已经是 ESTABLISHED，可以立即发送数据——即使那个 SYN 是旧的重复报文段。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../ui/narration_states.cpp" line="+198"/>
        <source>not TCP: a teaching variant</source>
        <translation>不是 TCP：教学用变体</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One segment does two jobs: its ACK confirms that the SYN of %1 arrived, and its SYN opens the other direction with this side&apos;s own numbering. Until %1 acknowledges it with ack = %2, the connection is only half open.</source>
        <translation>一个报文段完成两件事：其中的 ACK 确认 %1 的 SYN 已到达，其中的 SYN 以本方自己的编号打开另一个方向。在 %1 以 ack = %2 确认它之前，连接只是半打开的。</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>ACK: the handshake&apos;s third segment</source>
        <translation>ACK：握手的第三个报文段</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 acknowledges the SYN of %2 (ack = its ISN %3 + 1 = %4). This is the third and last segment of the three-way handshake.</source>
        <translation>%1 确认了 %2 的 SYN（ack = 其 ISN %3 + 1 = %4）。这是三次握手的第三个、也是最后一个报文段。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Now each side&apos;s ISN has been acknowledged by the other, so both know where the other&apos;s numbering starts: the connection is synchronized. The ACK carries no data and takes up no sequence number (seq stays %1).</source>
        <translation>现在双方的 ISN 都已被对方确认，双方都知道对方的编号从哪里开始：连接已同步。这个 ACK 不携带数据，也不占用序列号（seq 仍为 %1）。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>ACK of a FIN</source>
        <translation>对 FIN 的 ACK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 acknowledges the FIN of %2 (ack = FIN seq %3 + 1 = %4).</source>
        <translation>%1 确认了 %2 的 FIN（ack = FIN 的 seq %3 + 1 = %4）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The FIN took up one sequence number, so acknowledging it means ack = FIN seq + 1. When this ACK arrives, %1 knows that its direction is closed.</source>
        <translation>FIN 占用一个序列号，所以确认它就是 ack = FIN 的 seq + 1。这个 ACK 到达后，%1 就知道它的方向已关闭。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ACK from %1</source>
        <translation>来自 %1 的 ACK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 acknowledges everything before %2: ack = %2 is the next sequence number it expects from %3.</source>
        <translation>%1 确认了 %2 之前的所有字节：ack = %2 是它期待从 %3 收到的下一个序列号。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A pure ACK carries no data and takes up no sequence number, so it is never acknowledged itself, and never retransmitted.</source>
        <translation>纯 ACK 不携带数据，也不占用序列号，所以它本身永远不会被确认，也永远不会被重传。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 sends %2 bytes of data: sequence numbers %3 to %4 (seq = %3).</source>
        <translation>%1 发送 %2 字节数据：序列号 %3 到 %4（seq = %3）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Its ack = %1 tells %2 the next byte it expects.</source>
        <translation>它的 ack = %1 告诉 %2 自己期待的下一个字节。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every data byte has its own sequence number, so the receiver can put bytes in order, notice gaps and acknowledge exactly what arrived: here with ack = %1. The sender keeps a copy until then, in case it has to send it again.</source>
        <translation>每个数据字节都有自己的序列号，接收方因此可以把字节排好序、发现缺口、精确确认收到了什么：这里会是 ack = %1。在此之前发送方保留一份副本，以备需要重传。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Data from %1</source>
        <translation>来自 %1 的数据</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 sends a FIN (seq = %2): it has no more data to send.</source>
        <translation>%1 发送 FIN（seq = %2）：它没有更多数据要发了。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The FIN rides on its last %1 bytes of data.</source>
        <translation>FIN 搭载在它最后的 %1 字节数据上。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A FIN closes only the sender&apos;s direction: %1 can still receive data until %2 sends its own FIN. Like a SYN, the FIN takes up one sequence number, so it is acknowledged with ack = %3.</source>
        <translation>FIN 只关闭发送方这一个方向：在 %2 发送自己的 FIN 之前，%1 仍然可以接收数据。和 SYN 一样，FIN 占用一个序列号，所以它会以 ack = %3 被确认。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>FIN: %1 closes its direction</source>
        <translation>FIN：%1 关闭自己的方向</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 sends segment #%2 again (retransmission %3): %4, the same sequence numbers as before.</source>
        <translation>%1 再次发送报文段 #%2（第 %3 次重传）：%4，序列号与之前相同。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No acknowledgement came within its RTO of %1.</source>
        <translation>在 RTO（%1）内没有收到确认。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>TCP keeps every segment that takes up sequence numbers until it is acknowledged, and sends it again when the retransmission timer (RTO) expires.</source>
        <translation>TCP 保留每个占用序列号的报文段直到它被确认，并在重传定时器（RTO）到期时重新发送。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The RTO doubles after each timeout (exponential backoff): the next wait is %1, twice %2, so that a broken path is not flooded.</source>
        <translation>每次超时后 RTO 加倍（指数退避）：下一次等待 %1，是 %2 的两倍，以免向一条故障的路径灌入大量报文。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The next wait is %1 (it was %2): the RTO backs off after each timeout, so that a broken path is not flooded.</source>
        <translation>下一次等待 %1（之前是 %2）：每次超时后 RTO 都会退避，以免向一条故障的路径灌入大量报文。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Retransmission of #%1</source>
        <translation>#%1 的重传</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 sends a keep-alive probe to %2: an ACK with seq = %3, one below the next sequence number %4, and no data.</source>
        <translation>%1 向 %2 发送保活探测：一个 seq = %3 的 ACK，比下一个序列号 %4 小一，不带数据。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The keep-alive timer waited %1.</source>
        <translation>保活定时器等待了 %1。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep-alive probe</source>
        <translation>保活探测</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The probe&apos;s sequence number is one the peer has already acknowledged, so a live peer must answer with an ACK; a peer that has lost the connection answers with RST; a peer that is down or unreachable does not answer at all.</source>
        <translation>探测报文的序列号是对端已经确认过的，所以存活的对端必须回复 ACK；丢失了连接的对端会回复 RST；宕机或不可达的对端则完全不回应。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Its SYN queue is full (%1 of %2), so %3 answers the SYN of %4 with a SYN cookie.</source>
        <translation>它的半连接队列已满（%1 / %2），所以 %3 用 SYN cookie 回应 %4 的 SYN。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 answers the SYN of %2 with a SYN cookie.</source>
        <translation>%1 用 SYN cookie 回应 %2 的 SYN。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Its ISN %1 is not random: it is a keyed hash of the addresses, ports, a time counter and the MSS. The server keeps no state at all for this connection.</source>
        <translation>它的 ISN %1 不是随机数：而是由地址、端口、时间计数器和 MSS 经带密钥的哈希算出。服务器不为这个连接保存任何状态。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A SYN flood fills the SYN queue with half-open connections that never complete. With a cookie the server remembers nothing: if an ACK comes back with ack = %1 (cookie + 1), it checks the hash and rebuilds the connection from that ACK alone.</source>
        <translation>SYN 洪泛会用永远完成不了的半打开连接塞满半连接队列。使用 cookie 时服务器什么都不记：如果回来一个 ack = %1（cookie + 1）的 ACK，它校验哈希，仅凭这个 ACK 就能重建连接。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SYN cookie</source>
        <translation>SYN cookie</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A segment is sent</source>
        <translation>一个报文段被发送</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>UDP datagram</source>
        <translation>UDP 数据报</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 sends a UDP datagram of %2 bytes to %3, with no handshake before it.</source>
        <translation>%1 向 %3 发送一个 %2 字节的 UDP 数据报，之前没有任何握手。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>UDP keeps no connection and no sequence numbers: nothing tells the sender whether the datagram arrives, and nothing sends it again if it is lost. Any reliability is the application&apos;s job.</source>
        <translation>UDP 不维护连接，也没有序列号：没有任何东西告诉发送方数据报是否到达，丢失了也没有人重发。可靠性完全要由应用程序负责。</translation>
    </message>
    <message>
        <location filename="../../ui/narration_states.cpp" line="-167"/>
        <source>A SYN with ISN %1 arrived at a listening socket. The server notes it (it will acknowledge with ack = %2), keeps a half-open connection in its SYN queue and answers with a SYN-ACK.</source>
        <translation>一个 ISN 为 %1 的 SYN 到达监听套接字。服务器记下它（将以 ack = %2 确认），在半连接队列中保存一个半打开的连接，并回复 SYN-ACK。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The SYN-ACK acknowledges the SYN of %1 (ack = its ISN %2 + 1), so %1 knows its SYN arrived. It notes the peer&apos;s ISN %3 and acknowledges it. connect() returns now: %1 may send data even before its ACK arrives.</source>
        <translation>SYN-ACK 确认了 %1 的 SYN（ack = 其 ISN %2 + 1），所以 %1 知道自己的 SYN 已到达。它记下对端的 ISN %3 并确认它。connect() 现在返回：%1 甚至可以在自己的 ACK 到达之前就发送数据。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Both sides sent a SYN at the same time (simultaneous open): a SYN with ISN %1 arrives while %2 waits for a SYN-ACK. It acknowledges that SYN and waits for the ACK of its own.</source>
        <translation>双方同时发送了 SYN（同时打开）：%2 在等待 SYN-ACK 时收到了一个 ISN 为 %1 的 SYN。它确认这个 SYN，并等待对自己 SYN 的 ACK。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The ACK acknowledges the SYN of %1 (ack = its ISN %2 + 1): both ISNs are now confirmed and the connection is established. A listener&apos;s connection moves to the accept queue, where accept() picks it up.</source>
        <translation>这个 ACK 确认了 %1 的 SYN（ack = 其 ISN %2 + 1）：双方的 ISN 现在都已确认，连接建立。监听套接字的新连接进入全连接队列，由 accept() 取走。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The ACK&apos;s ack = %1 minus one is a valid SYN cookie, so the server rebuilds the connection from it (its ISN and the MSS) although it kept no state.</source>
        <translation>这个 ACK 的 ack = %1 减一是一个有效的 SYN cookie，因此服务器虽然没保存任何状态，也能据此重建连接（ISN 和 MSS）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>NOT TCP: this imaginary server takes the SYN alone as enough and is ESTABLISHED at once, without knowing whether the SYN is current. An old duplicate SYN opens a connection nobody asked for: this is why TCP needs the third segment.</source>
        <translation>不是 TCP：这个假想的服务器认为仅凭 SYN 就足够了，立即进入 ESTABLISHED，却不知道这个 SYN 是不是当前的。一个旧的重复 SYN 会打开一个没人请求的连接：这正是 TCP 需要第三个报文段的原因。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The peer has closed its direction and now the application closes too: %1 sends its own FIN and waits for the last acknowledgement.</source>
        <translation>对端已经关闭了它的方向，现在本方应用程序也关闭：%1 发送自己的 FIN，并等待最后的确认。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Closing a socket that has no synchronized connection simply deletes it: nothing needs to be said to a peer.</source>
        <translation>关闭一个还没有同步连接的套接字只是把它删除：无需通知任何对端。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The application called close(): %1 will send no more data. It sends a FIN and waits for its acknowledgement; it can still receive.</source>
        <translation>应用程序调用了 close()：%1 不再发送数据。它发送 FIN 并等待确认；它仍然可以接收数据。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Its FIN is acknowledged: this direction is closed. The peer may still send data; %1 waits for the peer&apos;s FIN.</source>
        <translation>它的 FIN 已被确认：这个方向已关闭。对端仍可以发送数据；%1 等待对端的 FIN。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Both FINs are now acknowledged. %1 waits in TIME-WAIT, like any side that sent its FIN before receiving the peer&apos;s.</source>
        <translation>两个 FIN 现在都已被确认。%1 进入 TIME-WAIT 等待，任何在收到对端 FIN 之前就发出自己 FIN 的一方都是如此。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The last ACK arrived: both directions are closed and the connection is deleted. The side that closes second needs no TIME-WAIT.</source>
        <translation>最后的 ACK 到达：两个方向都已关闭，连接被删除。后关闭的一方不需要 TIME-WAIT。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Simultaneous close: the peer&apos;s FIN arrives before the ACK of %1&apos;s own FIN. It acknowledges the FIN and waits for the ACK of its own.</source>
        <translation>同时关闭：对端的 FIN 在 %1 自己的 FIN 被确认之前到达。它确认这个 FIN，并等待对自己 FIN 的 ACK。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Both directions are now closed. %1 closed first, so it is the one that waits in TIME-WAIT before forgetting the connection.</source>
        <translation>两个方向现在都已关闭。%1 先关闭，所以由它在 TIME-WAIT 中等待，然后才忘掉这个连接。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The peer&apos;s FIN says it will send no more data. %1 acknowledges it and tells its application (a read returns end of stream); it may still send until the application calls close().</source>
        <translation>对端的 FIN 表示它不会再发送数据。%1 确认它并通知自己的应用程序（读操作返回流结束）；在应用程序调用 close() 之前，它仍然可以发送数据。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The 2MSL timer expired after %1: any old segment of this connection has died out in the network by now, so the connection is deleted and its 4-tuple may be used again.</source>
        <translation>2MSL 定时器在 %1 后到期：这个连接的旧报文段现在都已在网络中消亡，因此删除连接，它的四元组可以再次使用。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>2MSL</source>
        <translation>2MSL</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The RST answers its SYN: nothing listens there. The attempt ends and connect() fails with ECONNREFUSED.</source>
        <translation>RST 是对它的 SYN 的回应：那里没有程序在监听。连接尝试结束，connect() 以 ECONNREFUSED 失败。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The RST is acceptable (its sequence number is in the window), so the connection is closed at once: no FIN, no TIME-WAIT, and data not yet delivered is lost. The application sees ECONNRESET.</source>
        <translation>这个 RST 可以接受（它的序列号在窗口内），因此连接立即关闭：没有 FIN，没有 TIME-WAIT，尚未交付的数据丢失。应用程序会得到 ECONNRESET。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A RST answered the SYN-ACK: the half-open connection is dropped and the listener simply goes on listening.</source>
        <translation>SYN-ACK 收到了 RST 回应：半打开的连接被丢弃，监听套接字继续监听。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A SYN arrived on the half-open connection: it is dropped and the listener goes on listening.</source>
        <translation>半打开的连接上到达了一个 SYN：该连接被丢弃，监听套接字继续监听。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The application called abort(): the connection is dropped at once, with a RST to the peer if it was synchronized.</source>
        <translation>应用程序调用了 abort()：连接立即被丢弃；如果连接已同步，还会向对端发送 RST。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A SYN arrived on a synchronized connection: under RFC 793&apos;s rule %1 resets the connection.</source>
        <translation>一个 SYN 到达了已同步的连接：按照 RFC 793 的规则，%1 重置该连接。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 timed out %2 times in a row without an answer: TCP gives up, deletes the connection and reports ETIMEDOUT.</source>
        <translation>%1 连续 %2 次超时都没有得到应答：TCP 放弃，删除连接并报告 ETIMEDOUT。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The application has closed and the peer never sent its FIN. Rather than wait forever in FIN-WAIT-2, Linux deletes the orphaned connection after %1 (tcp_fin_timeout).</source>
        <translation>应用程序已经关闭，而对端始终没有发送 FIN。Linux 不会在 FIN-WAIT-2 中永远等下去，而是在 %1 后删除这个孤儿连接（tcp_fin_timeout）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a while</source>
        <translation>一段时间</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No keep-alive probe was answered: the peer is considered dead, the connection is deleted and the application sees ETIMEDOUT.</source>
        <translation>所有保活探测都没有应答：对端被认为已死亡，连接被删除，应用程序得到 ETIMEDOUT。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A new SYN for the same 4-tuple arrived during TIME-WAIT with a higher sequence number: the host may reuse the connection at once instead of waiting out 2MSL.</source>
        <translation>TIME-WAIT 期间到达了一个相同四元组、序列号更大的新 SYN：主机可以立即复用这个连接，而不必等完 2MSL。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The host crashed: this socket is gone from its memory, and no peer is told.</source>
        <translation>主机崩溃：这个套接字已从它的内存中消失，而且没有通知任何对端。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The application called connect(): TCP picks an initial sequence number (%1), sends a SYN and waits for the answer.</source>
        <translation>应用程序调用了 connect()：TCP 选择一个初始序列号（%1），发送 SYN 并等待应答。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The application called listen(): the socket now accepts SYNs from any client. It has no connection yet; each SYN will create one.</source>
        <translation>应用程序调用了 listen()：该套接字现在接受来自任何客户端的 SYN。它还没有连接；每个 SYN 都会创建一个。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The application sent data on a listening socket given a remote address: it turns into an active opener and sends a SYN.</source>
        <translation>应用程序在指定了远端地址的监听套接字上发送数据：它转为主动打开并发送 SYN。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The capture shows %1 in %2 from here on. It cannot show the state before: the capture started after it.</source>
        <translation>抓包显示 %1 从此处起处于 %2。抓包无法显示此前的状态：抓包开始得比它晚。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A segment is missing from the capture, so the state of %1 cannot be told from here on.</source>
        <translation>抓包中缺少一个报文段，因此从此处起无法判断 %1 的状态。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>inferred from a capture</source>
        <translation>从抓包推断</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../ui/narration_timers.cpp" line="+25"/>
        <source>Linux tcp_fin_timeout</source>
        <translation>Linux tcp_fin_timeout</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+1"/>
        <source>an unknown state</source>
        <translation>未知状态</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 moves from %2 to %3 (%4).</source>
        <translation>%1 从 %2 进入 %3（%4）。</translation>
    </message>
    <message>
        <location filename="../../ui/narration_timers.cpp" line="+13"/>
        <source>%1 armed</source>
        <translation>%1 已启动</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>TCP cannot see a loss; it can only notice that an acknowledgement is late. The RTO is that deadline: RFC 6298 starts it at 1 s and then derives it from the measured round-trip times.</source>
        <translation>TCP 看不到丢包；它只能注意到确认迟迟未到。RTO 就是这个期限：RFC 6298 规定初始为 1 秒，之后根据测得的往返时间计算。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The wait has doubled with each timeout so far (%1 in a row): exponential backoff.</source>
        <translation>到目前为止，每次超时都让等待时间加倍（已连续 %1 次）：这就是指数退避。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 arms its retransmission timer (RTO) for %2: if what it just sent is not acknowledged by %3, it sends it again.</source>
        <translation>%1 启动重传定时器（RTO），时长 %2：如果刚发出的内容在 %3 之前没有被确认，就重传它。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 arms its 2MSL timer: it stays in TIME-WAIT for %2, until %3.</source>
        <translation>%1 启动 2MSL 定时器：它将在 TIME-WAIT 中停留 %2，直到 %3。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MSL is the longest time a segment may live in the network (%1 here). Waiting twice that long lets every old duplicate of this connection die out before the same addresses and ports can be used again, and keeps the connection to acknowledge the peer&apos;s FIN again if the last ACK was lost.</source>
        <translation>MSL 是报文段在网络中能存活的最长时间（这里为 %1）。等待两倍于此的时间，可以让这个连接的所有旧重复报文段在相同地址和端口被再次使用之前消亡；同时保留连接，以便在最后的 ACK 丢失时再次确认对端的 FIN。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 arms its FIN-WAIT-2 timer for %2: if the peer&apos;s FIN has not come by %3, it gives up on it.</source>
        <translation>%1 启动 FIN-WAIT-2 定时器，时长 %2：如果到 %3 对端的 FIN 还没来，就不再等它。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The application has closed and will never read again, so waiting forever for a peer that may never send its FIN would only waste memory.</source>
        <translation>应用程序已经关闭，再也不会读取数据；为一个可能永远不发 FIN 的对端无限等待，只会浪费内存。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 arms its keep-alive timer for %2: if the connection stays idle until %3, it probes the peer.</source>
        <translation>%1 启动保活定时器，时长 %2：如果连接一直空闲到 %3，就探测对端。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An idle connection sends nothing, so a peer that crashed or vanished would go unnoticed forever. Keep-alive probes find out.</source>
        <translation>空闲的连接什么也不发送，所以崩溃或消失的对端永远不会被发现。保活探测就是为了查明这一点。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 holds back its ACK for up to %2 (until %3).</source>
        <translation>%1 推迟发送 ACK，最多 %2（直到 %3）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A delayed ACK can ride on data going the other way, or cover two segments at once: fewer segments on the wire.</source>
        <translation>延迟的 ACK 可以搭载在反方向的数据上，或一次确认两个报文段：线路上的报文段更少。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>its timeout</source>
        <translation>它的超时时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 fired</source>
        <translation>%1 超时</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No acknowledgement reached %1 within %2: its RTO fires (timeouts in a row: %3).</source>
        <translation>%1 在 %2 内没有收到确认：它的 RTO 超时（连续超时次数：%3）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The segment or its acknowledgement was probably lost. TCP sends the oldest unacknowledged segment again and doubles the RTO; after too many tries it gives up.</source>
        <translation>报文段或它的确认很可能丢失了。TCP 重传最早的未确认报文段并把 RTO 加倍；尝试次数过多后就放弃。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 has waited 2MSL (%2) in TIME-WAIT.</source>
        <translation>%1 已在 TIME-WAIT 中等待了 2MSL（%2）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No old segment of this connection can still be in the network: it is safe to forget the connection.</source>
        <translation>这个连接的旧报文段不可能还留在网络中：可以安全地忘掉这个连接。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The peer of %1 sent no FIN within %2.</source>
        <translation>%1 的对端在 %2 内没有发送 FIN。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The orphaned connection is deleted without waiting any longer.</source>
        <translation>这个孤儿连接被删除，不再等待。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 heard nothing from its peer for %2: it sends a keep-alive probe.</source>
        <translation>%1 已有 %2 没有收到对端的任何消息：它发送一个保活探测。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If enough probes in a row go unanswered, the peer is declared dead and the connection is closed with ETIMEDOUT.</source>
        <translation>如果连续足够多的探测都没有应答，对端就被判定为死亡，连接以 ETIMEDOUT 关闭。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 waited %2 for something to piggyback on: it sends its ACK alone now.</source>
        <translation>%1 等了 %2 也没有可搭载的数据：现在单独发送 ACK。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An ACK may be delayed, but not for long, or the peer would retransmit.</source>
        <translation>ACK 可以延迟，但不能太久，否则对端会重传。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Everything it had sent is acknowledged (or the connection is gone): nothing is left to resend.</source>
        <translation>它发出的所有内容都已被确认（或连接已不存在）：没有需要重传的了。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The connection left TIME-WAIT before the timer ran out.</source>
        <translation>连接在定时器到期前离开了 TIME-WAIT。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The peer&apos;s FIN arrived in time, or the connection is gone.</source>
        <translation>对端的 FIN 及时到达了，或者连接已不存在。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The connection is no longer idle, or no longer exists.</source>
        <translation>连接不再空闲，或已不存在。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The ACK has left with other data, so there is nothing left to delay.</source>
        <translation>ACK 已随其他数据发出，没有什么需要再延迟的了。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 cancelled</source>
        <translation>%1 已取消</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 cancels its %2.</source>
        <translation>%1 取消了它的 %2。</translation>
    </message>
    <message>
        <location filename="../../ui/narration_waiting.cpp" line="+34"/>
        <source>waiting for the ACK of its FIN (ack = %1)</source>
        <translation>等待对其 FIN 的 ACK（ack = %1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>waiting for the ACK of its FIN</source>
        <translation>等待对其 FIN 的 ACK</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>waiting for a SYN</source>
        <translation>等待 SYN</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>; SYN queue %1, accept queue %2</source>
        <translation>；SYN 队列（半连接队列）%1，accept 队列（全连接队列）%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>data may flow both ways</source>
        <translation>数据可以双向流动</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; waiting for the ACK of what it sent (RTO until %1)</source>
        <translation>；等待对已发送内容的 ACK（RTO 截止 %1）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>; idle, keep-alive probe at %1</source>
        <translation>；空闲，保活探测时间 %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the peer</source>
        <translation>对端</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no connection</source>
        <translation>没有连接</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>waiting for a SYN-ACK with ack = %1</source>
        <translation>等待 ack = %1 的 SYN-ACK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>waiting for a SYN-ACK</source>
        <translation>等待 SYN-ACK</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>waiting for the ACK of its SYN (ack = %1)</source>
        <translation>等待对其 SYN 的 ACK（ack = %1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>waiting for the ACK of its SYN</source>
        <translation>等待对其 SYN 的 ACK</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>, then for the FIN of %1</source>
        <translation>，然后等待 %1 的 FIN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its FIN is acknowledged; waiting for the FIN of %1</source>
        <translation>它的 FIN 已被确认；等待 %1 的 FIN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 has finished sending; waiting for its own application to call close()</source>
        <translation>%1 已发送完毕；等待本方应用程序调用 close()</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>waiting 2MSL (%1) so that old duplicates die out</source>
        <translation>等待 2MSL（%1），让旧的重复报文段消亡</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>waiting 2MSL so that old duplicates die out</source>
        <translation>等待 2MSL，让旧的重复报文段消亡</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>state unknown: the capture does not show it</source>
        <translation>状态未知：抓包无法显示</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CLOSED: lost in the crash</source>
        <translation>CLOSED：在崩溃中丢失</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (inferred from the capture)</source>
        <translation>（从抓包推断）</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>host down: all its connections are lost and it answers nothing</source>
        <translation>主机宕机：它的所有连接都已丢失，它不回应任何报文</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>UDP socket: no connection, nothing to wait for</source>
        <translation>UDP 套接字：没有连接，无需等待任何东西</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 connections (%2)</source>
        <translation>%1 个连接（%2）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; still listening, %1</source>
        <translation>；仍在监听，%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>CLOSED, nothing opened yet</source>
        <translation>CLOSED，尚未打开任何连接</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>… and %1 more endpoints</source>
        <translation>……以及另外 %1 个端点</translation>
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
        <location filename="../../ui/quiz_build.cpp" line="+83"/>
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
    <name>Scenario</name>
    <message>
        <location filename="../../app/scenario_texts.cpp" line="+13"/>
        <source>Connect, exchange a message, close</source>
        <translation>建立连接、交换一条消息、关闭</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A client opens a connection to a web server, says &quot;hello&quot;, gets &quot;hello&quot; back, and hangs up. Watch the three-way handshake (SYN, SYN-ACK, ACK) that both sides need before any data may flow, then how each side closes its own direction with a FIN that the other acknowledges. The client, which closed first, stays in TIME-WAIT for two maximum segment lifetimes (4 minutes here) so that a late copy of an old segment cannot be mistaken for part of a new connection.</source>
        <translation>客户端向 Web 服务器打开一个连接，发送 &quot;hello&quot;，收到 &quot;hello&quot; 回复后挂断。观察三次握手（SYN、SYN-ACK、ACK）：双方必须先完成它，数据才能开始流动；然后看每一方如何用一个 FIN 关闭自己这个方向，并由另一方确认。先关闭的客户端要在 TIME-WAIT 中停留两个最大报文段寿命（这里是 4 分钟），这样旧报文段迟到的副本就不会被误认为新连接的一部分。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The 4-tuple tells connections apart</source>
        <translation>四元组区分不同的连接</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Three connections reach the same server port 80 at once: two from client1, one from client2. The server tells them apart by the 4-tuple (source address, source port, destination address, destination port): client1 uses two different ephemeral ports, and client2 has another address. Each connection has its own sequence numbers, states and data; the listening socket stays in LISTEN throughout and spawns one connection per SYN.</source>
        <translation>三个连接同时到达同一个服务器端口 80：两个来自 client1，一个来自 client2。服务器靠四元组（源地址、源端口、目的地址、目的端口）把它们区分开：client1 使用了两个不同的临时端口，而 client2 的地址不同。每个连接都有自己的序列号、状态和数据；监听套接字始终处于 LISTEN，每收到一个 SYN 就派生出一个连接。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keepalive: the peer is alive</source>
        <translation>保活：对端仍然存活</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The connection is idle. The client has enabled keepalive (shortened here to 10 s idle, probes every 2 s, 3 probes, instead of the default 2 hours, 75 s and 9). After 10 s of silence it sends a probe: an ACK whose sequence number is one below SND.NXT, which the server must answer with an ACK. The answer proves the peer is alive and the idle timer starts over. Keepalive probes carry no data and are off unless an application asks for them (RFC 9293 3.8.4).</source>
        <translation>连接处于空闲状态。客户端开启了保活（这里缩短为空闲 10 秒、每 2 秒探测一次、共 3 次探测，而默认值是 2 小时、75 秒和 9 次）。静默 10 秒后它发送一个探测：一个序列号比 SND.NXT 小 1 的 ACK，服务器必须用一个 ACK 回答。这个回答证明对端仍然存活，空闲定时器重新开始计时。保活探测不携带数据，除非应用程序请求，否则默认关闭（RFC 9293 3.8.4）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keepalive: the peer is gone</source>
        <translation>保活：对端已经消失</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server crashes 5 s into an idle connection and never comes back (or a cable was cut). After 10 s of silence the client probes, and nothing answers. It probes again every 2 s; after 3 unanswered probes it gives up, resets the connection and its application gets ETIMEDOUT. With the defaults this discovery takes 2 hours and 11 minutes.</source>
        <translation>服务器在空闲连接上 5 秒时崩溃，再也没有恢复（或者网线被剪断了）。静默 10 秒后客户端开始探测，没有任何回应。它每 2 秒再探测一次；3 次探测都无应答后，它放弃并重置连接，应用程序得到 ETIMEDOUT。按默认参数，发现这一点需要 2 小时 11 分钟。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keepalive: the peer crashed and restarted</source>
        <translation>保活：对端崩溃后又重启了</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server crashes 5 s into an idle connection and is back 3 s later, with no memory of it. The client knows nothing: an idle connection sends nothing. At 10 s of silence its keepalive probe reaches the restarted server, which has no connection for it and answers with a RST (RFC 9293 3.10.7.1). The RST carries exactly the sequence number the client expects, so the client drops the half-open connection and its application gets ECONNRESET. Without keepalive it would have waited until it next sent something.</source>
        <translation>服务器在空闲连接上 5 秒时崩溃，3 秒后恢复，但已经不记得这个连接。客户端一无所知：空闲的连接什么也不发送。静默 10 秒时，它的保活探测到达了重启后的服务器，服务器没有对应的连接，于是回复一个 RST（RFC 9293 3.10.7.1）。这个 RST 携带的正是客户端期望的序列号，所以客户端丢弃了这个半开连接，应用程序得到 ECONNRESET。如果没有保活，它要等到下次发送数据时才会发现。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A FIN is lost and sent again</source>
        <translation>FIN 丢失后重传</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At 0.3 s the client closes and sends its FIN (seq 101), which is lost. A FIN takes up one sequence number, just as a byte of data does, so it is protected the same way: the client stays in FIN-WAIT-1 with its retransmission timer running, and sends the FIN again 1 s later, at 1.3 s. Meanwhile the server has no idea the client wants to close: it stays ESTABLISHED until the second FIN arrives at 1.35 s. Then the close goes on as usual: the server acknowledges 102 (CLOSE-WAIT), the client moves to FIN-WAIT-2, the server closes (LAST-ACK), and the client acknowledges the server&apos;s FIN from TIME-WAIT, where it waits 2*MSL (240 s in the textbook profile).</source>
        <translation>在 0.3 秒，客户端关闭并发送 FIN（seq 101），这个 FIN 丢失了。FIN 和一个字节的数据一样占用一个序列号，所以受到同样的保护：客户端停留在 FIN-WAIT-1，重传定时器在运行，1 秒后（1.3 秒时）再次发送 FIN。与此同时，服务器并不知道客户端想要关闭：它一直处于 ESTABLISHED，直到第二个 FIN 在 1.35 秒到达。之后关闭照常进行：服务器确认 102（CLOSE-WAIT），客户端进入 FIN-WAIT-2，服务器关闭（LAST-ACK），客户端在 TIME-WAIT 中确认服务器的 FIN，并在那里等待 2*MSL（教科书配置下为 240 秒）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The last ACK is lost: TIME-WAIT answers the FIN again</source>
        <translation>最后的 ACK 丢失：TIME-WAIT 再次应答 FIN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server&apos;s FIN (seq 301) arrives and the client, now in TIME-WAIT, acknowledges it (ack 302), but that last ACK is lost. The server, in LAST-ACK, cannot know whether its FIN arrived, so when its timer fires at 1.55 s it sends the FIN again. The client is still there, in TIME-WAIT: it acknowledges the retransmitted FIN again and restarts its 2*MSL timer, which now fires at 241.6 s instead of 240.6 s. The server gets the ACK at 1.65 s and closes cleanly. This is the first reason for TIME-WAIT: had the client forgotten the connection at once, the retransmitted FIN would have found no socket and got a RST instead, and the server would have seen an error rather than a normal close.</source>
        <translation>服务器的 FIN（seq 301）到达，此时处于 TIME-WAIT 的客户端确认了它（ack 302），但这最后一个 ACK 丢失了。处于 LAST-ACK 的服务器无法知道自己的 FIN 是否到达，所以它的定时器在 1.55 秒到期时再次发送 FIN。客户端仍在 TIME-WAIT 中：它再次确认重传的 FIN，并重启 2*MSL 定时器，现在它在 241.6 秒而不是 240.6 秒到期。服务器在 1.65 秒收到 ACK，干净地关闭。这就是 TIME-WAIT 存在的第一个原因：如果客户端立刻忘掉这个连接，重传的 FIN 将找不到套接字，只会换来一个 RST，服务器看到的就是错误而不是正常关闭。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A late segment arrives during TIME-WAIT</source>
        <translation>TIME-WAIT 期间迟到的报文段到达</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server sends &quot;hello&quot; (seq 301:306) at 0.35 s, but the network holds that segment back for 2 s. The server&apos;s retransmission at 1.35 s delivers the 5 bytes, then both sides close and the client enters TIME-WAIT at 1.9 s. At 2.4 s the old copy of &quot;hello&quot; finally arrives. The connection is still remembered in TIME-WAIT, so the segment is recognised as old: it lies left of the window (the client expects 307), nothing is delivered twice, and the client only repeats its acknowledgment (ack 307). This is the second reason for TIME-WAIT: while it lasts, no new connection can use the same addresses and ports, so a late segment like this one cannot be mistaken for data of a new connection; after 2*MSL every such segment has died in the network. Watch the end too: the server has closed, answers that ACK with a RST, and RFC 9293 lets a RST end TIME-WAIT early (at 2.5 s here). RFC 1337 calls this TIME-WAIT assassination and suggests ignoring RSTs in TIME-WAIT.</source>
        <translation>服务器在 0.35 秒发送 &quot;hello&quot;（seq 301:306），但网络把这个报文段扣留了 2 秒。服务器在 1.35 秒的重传送达了这 5 个字节，随后双方关闭，客户端在 1.9 秒进入 TIME-WAIT。在 2.4 秒，&quot;hello&quot; 的旧副本终于到达。连接仍然以 TIME-WAIT 的形式被记住，所以这个报文段被识别为旧的：它位于窗口左侧（客户端期望 307），不会重复交付任何数据，客户端只是重复一次确认（ack 307）。这就是 TIME-WAIT 存在的第二个原因：在它持续期间，新连接不能使用相同的地址和端口，所以像这样迟到的报文段不会被误认为新连接的数据；经过 2*MSL，所有这样的报文段都已在网络中消亡。也请注意结尾：服务器已经关闭，它用一个 RST 回应那个 ACK，而 RFC 9293 允许 RST 提前结束 TIME-WAIT（这里是 2.5 秒）。RFC 1337 把这称为 TIME-WAIT 暗杀，并建议在 TIME-WAIT 中忽略 RST。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Jitter reorders segments</source>
        <translation>抖动导致报文段乱序</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The link&apos;s delay varies between 40 and 120 ms, so segments sent in order overtake each other. The receiver delivers bytes to the application only in order: a segment that arrives early is kept and answered at once with a duplicate ACK for the first missing byte, and when the gap fills everything queued is delivered together. No byte is lost or delivered twice.</source>
        <translation>链路延迟在 40 到 120 毫秒之间变化，所以按顺序发出的报文段会互相超车。接收方只按顺序把字节交付给应用程序：提前到达的报文段被暂存，并立即用一个针对第一个缺失字节的重复 ACK 应答；当空缺被填上时，排队的数据一起交付。没有字节丢失，也没有字节被交付两次。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The SYN is lost twice: retransmission with backoff</source>
        <translation>SYN 两次丢失：带退避的重传</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The client&apos;s first SYN (seq 100, sent at 0 s) is lost on the way, and so is its first retransmission. The client cannot tell that anything was lost: it only sees that no SYN-ACK came back before its retransmission timer fired. Watch the gaps: the first retransmission goes after the initial RTO of 1 s (at 1 s), the second after twice as long (at 3 s), because the timer backs off exponentially (RFC 6298). Every copy carries the same seq 100: it is the same SYN sent again, not a new attempt. The third SYN arrives, and connect() returns at 3.1 s instead of 0.1 s. A lost SYN costs whole seconds, which is why a first connection is sometimes slow for no visible reason.</source>
        <translation>客户端的第一个 SYN（seq 100，在 0 秒发出）在途中丢失，它的第一次重传也丢失了。客户端无法知道有东西丢了：它只看到在重传定时器到期前没有收到 SYN-ACK。注意间隔：第一次重传在初始 RTO 1 秒之后（1 秒时），第二次在两倍时长之后（3 秒时），因为定时器按指数退避（RFC 6298）。每个副本都携带相同的 seq 100：这是同一个 SYN 再次发送，而不是一次新的尝试。第三个 SYN 到达了，connect() 在 3.1 秒而不是 0.1 秒返回。丢失一个 SYN 要付出整整几秒，这就是为什么第一次连接有时会莫名其妙地慢。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The SYN-ACK is lost: both sides retransmit</source>
        <translation>SYN-ACK 丢失：双方都重传</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The client&apos;s SYN (seq 100) arrives and the server, now in SYN-RECEIVED, answers with a SYN-ACK (seq 300, ack 101), but the SYN-ACK is lost. Now both sides wait, and each has its own retransmission timer. The client in SYN-SENT does not know whether its SYN or the answer was lost, so at 1 s it sends its SYN again. The server has no ACK for its SYN, so at 1.05 s it resends the SYN-ACK. The client&apos;s second SYN reaches a server that already knows this connection: it is a duplicate that lies left of the window, so the server answers with a bare ACK (seq 301, ack 101) instead of starting over. The resent SYN-ACK reaches the client at 1.1 s; the client becomes ESTABLISHED and sends the third segment (ack 301), and the server becomes ESTABLISHED at 1.15 s. The extra ACK arrives at the client afterwards and changes nothing.</source>
        <translation>客户端的 SYN（seq 100）到达，服务器进入 SYN-RECEIVED，回复 SYN-ACK（seq 300，ack 101），但这个 SYN-ACK 丢失了。现在双方都在等待，各自有自己的重传定时器。处于 SYN-SENT 的客户端不知道丢的是自己的 SYN 还是对方的回答，所以在 1 秒时再次发送 SYN。服务器没有收到对其 SYN 的 ACK，所以在 1.05 秒重发 SYN-ACK。客户端的第二个 SYN 到达了一个已经知道这个连接的服务器：它是位于窗口左侧的重复报文段，所以服务器回复一个单纯的 ACK（seq 301，ack 101），而不是重新开始。重发的 SYN-ACK 在 1.1 秒到达客户端；客户端进入 ESTABLISHED 并发送第三个报文段（ack 301），服务器在 1.15 秒进入 ESTABLISHED。多出来的 ACK 随后到达客户端，不会改变任何东西。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The third segment of the handshake is lost</source>
        <translation>握手的第三个报文段丢失</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The client receives the SYN-ACK and becomes ESTABLISHED at 0.1 s; its ACK (seq 101, ack 301), the third segment of the handshake, is lost. The two sides now disagree: the client thinks the connection is open, the server is still in SYN-RECEIVED, waiting. No harm is done, because every later segment of the client carries the same acknowledgment. At 0.3 s the client sends &quot;hello&quot; (seq 101:106, ack 301); when it arrives at 0.35 s its ACK field acknowledges the server&apos;s SYN, so the server moves to ESTABLISHED, accepts the connection and delivers the 5 bytes, all on that one segment. Had the client sent nothing, the server would have resent its SYN-ACK when its timer fired at 1.05 s, and the client would have acknowledged it again.</source>
        <translation>客户端收到 SYN-ACK，在 0.1 秒进入 ESTABLISHED；它的 ACK（seq 101，ack 301），也就是握手的第三个报文段，丢失了。现在双方看法不一致：客户端认为连接已打开，服务器还在 SYN-RECEIVED 中等待。这不会造成损害，因为客户端之后的每个报文段都携带同样的确认。在 0.3 秒，客户端发送 &quot;hello&quot;（seq 101:106，ack 301）；它在 0.35 秒到达时，其 ACK 字段确认了服务器的 SYN，于是服务器进入 ESTABLISHED、接受连接并交付这 5 个字节，全部靠这一个报文段完成。如果客户端什么也没发，服务器会在 1.05 秒定时器到期时重发 SYN-ACK，客户端会再次确认它。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>RFC 9293 Figure 10: active side causes half-open connection discovery</source>
        <translation>RFC 9293 图 10：主动方引发的半开连接发现</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A crashed and rebooted and is listening again, knowing nothing of its old connection; B still has it ESTABLISHED (it has sent up to 300 and received up to 100). When B sends 10 bytes, the segment reaches A&apos;s listener, which refuses any ACK with a RST carrying the acknowledged number as its sequence number, SEQ=100. That is exactly what B expects next, so B aborts the connection and its application is told ECONNRESET.</source>
        <translation>A 崩溃并重启后重新监听，对旧连接一无所知；B 仍认为连接处于 ESTABLISHED（它已发送到 300，接收到 100）。当 B 发送 10 个字节时，报文段到达 A 的监听套接字，后者对任何 ACK 都用一个 RST 拒绝，RST 的序列号取被确认的号，即 SEQ=100。这正是 B 下一个期望的序列号，所以 B 终止连接，它的应用程序收到 ECONNRESET。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>RFC 9293 Figure 11: old duplicate SYN initiates a reset on two passive sockets</source>
        <translation>RFC 9293 图 11：旧的重复 SYN 在两个被动套接字上引发重置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Both A and B are listening; neither wants to open a connection. An old duplicate SYN from A&apos;s address and port (here SEQ=100, the RFC&apos;s Z) arrives at B, which cannot tell that it is old: B goes to SYN-RECEIVED and answers SYN,ACK (SEQ=300, the RFC&apos;s X, ACK=101, that is Z+1). The SYN,ACK reaches A&apos;s listening socket. A socket in LISTEN never expects an ACK, so A answers with a RST whose sequence number is the ACK it received (SEQ=101), and stays in LISTEN. The RST sends B back to LISTEN. Both sides end as they began, and no application saw a connection.</source>
        <translation>A 和 B 都在监听，谁都不想打开连接。一个来自 A 的地址和端口的旧的重复 SYN（这里 SEQ=100，即 RFC 中的 Z）到达 B，B 无法判断它是旧的：B 进入 SYN-RECEIVED 并回复 SYN,ACK（SEQ=300，即 RFC 中的 X，ACK=101，即 Z+1）。这个 SYN,ACK 到达 A 的监听套接字。处于 LISTEN 的套接字从不期望 ACK，所以 A 回复一个 RST，其序列号是收到的 ACK（SEQ=101），并保持在 LISTEN。这个 RST 把 B 送回 LISTEN。双方都回到起点，没有应用程序看到过连接。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>RFC 9293 Figure 12: normal close sequence</source>
        <translation>RFC 9293 图 12：正常关闭序列</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A closes first: its FIN carries sequence number 100 and takes one sequence number. B acknowledges it (ACK=101) and tells its application, which closes too: B&apos;s FIN (300) reaches A in FIN-WAIT-2, A acknowledges it (ACK=301) from TIME-WAIT, and B is CLOSED. A waits 2 MSL before the connection is really gone.</source>
        <translation>A 先关闭：它的 FIN 携带序列号 100，占用一个序列号。B 确认它（ACK=101）并通知自己的应用程序，后者也关闭：B 的 FIN（300）到达处于 FIN-WAIT-2 的 A，A 在 TIME-WAIT 中确认它（ACK=301），B 进入 CLOSED。A 要等待 2 MSL 后连接才真正消失。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>RFC 9293 Figure 13: simultaneous close sequence</source>
        <translation>RFC 9293 图 13：同时关闭序列</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Both applications close at the same moment. The FINs (A: 100, B: 300) cross; each side receives the other&apos;s FIN in FIN-WAIT-1 and moves to CLOSING, acknowledges it, and moves to TIME-WAIT when its own FIN is acknowledged. Both sides wait 2 MSL.</source>
        <translation>两个应用程序在同一时刻关闭。两个 FIN（A：100，B：300）交叉而过；每一方都在 FIN-WAIT-1 中收到对方的 FIN，进入 CLOSING 并确认它，在自己的 FIN 被确认后进入 TIME-WAIT。双方都等待 2 MSL。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>RFC 9293 Figure 6: basic three-way handshake</source>
        <translation>RFC 9293 图 6：基本的三次握手</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The handshake exactly as RFC 9293 draws it, with its numbers: TCP Peer A sends SYN with sequence number 100; B answers with its own SYN, sequence number 300, acknowledging 101; A acknowledges 301, and then sends data starting at 101. The ACK in line 4 takes no sequence space, which is why the data in line 5 starts at the same 101.</source>
        <translation>与 RFC 9293 所画完全一致的握手，连数字都一样：TCP 对端 A 发送序列号为 100 的 SYN；B 用自己的 SYN 回答，序列号 300，确认 101；A 确认 301，然后从 101 开始发送数据。第 4 行的 ACK 不占用序列号空间，所以第 5 行的数据同样从 101 开始。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>RFC 9293 Figure 7: simultaneous connection synchronization</source>
        <translation>RFC 9293 图 7：同时打开连接</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Both peers send a SYN at nearly the same time. B&apos;s SYN (300) reaches A first, so A goes from SYN-SENT to SYN-RECEIVED and answers with SYN,ACK 100/301; then A&apos;s SYN reaches B, which does the same with SYN,ACK 300/101. Each SYN,ACK completes the handshake on the other side. Each side cycles CLOSED, SYN-SENT, SYN-RECEIVED, ESTABLISHED.</source>
        <translation>两个对端几乎同时发送 SYN。B 的 SYN（300）先到达 A，于是 A 从 SYN-SENT 进入 SYN-RECEIVED，回复 SYN,ACK 100/301；然后 A 的 SYN 到达 B，B 同样回复 SYN,ACK 300/101。每个 SYN,ACK 都在对方完成了握手。每一方都依次经过 CLOSED、SYN-SENT、SYN-RECEIVED、ESTABLISHED。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>RFC 9293 Figure 8: recovery from old duplicate SYN</source>
        <translation>RFC 9293 图 8：从旧的重复 SYN 中恢复</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A sends its SYN (SEQ=100), but the network holds it back; meanwhile an old duplicate SYN from A&apos;s address and port (SEQ=90) reaches B first. B cannot tell it is old and answers SYN,ACK 300/91. A is waiting for an acknowledgment of 101, so ACK=91 is wrong, and A answers with a RST (SEQ=91). B returns to LISTEN. Then A&apos;s real SYN arrives and B answers it with a new initial sequence number, SYN,ACK 400/101; A acknowledges, and both are ESTABLISHED. The old SYN cost one round trip and nothing else.</source>
        <translation>A 发送它的 SYN（SEQ=100），但网络把它扣留了；与此同时，一个来自 A 的地址和端口的旧的重复 SYN（SEQ=90）先到达了 B。B 无法判断它是旧的，回复 SYN,ACK 300/91。A 正在等待对 101 的确认，所以 ACK=91 是错的，A 用一个 RST（SEQ=91）回答。B 回到 LISTEN。然后 A 真正的 SYN 到达，B 用一个新的初始序列号回答它，SYN,ACK 400/101；A 确认后，双方都进入 ESTABLISHED。旧的 SYN 只多花了一个往返时间，没有造成其他影响。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>RFC 9293 Figure 9: half-open connection discovery</source>
        <translation>RFC 9293 图 9：半开连接的发现</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A and B have a connection (B has sent up to 300 and received up to 100) when A crashes and loses it; B still believes it is ESTABLISHED. A restarts and opens again from the same port with ISN 400. Its SYN is outside B&apos;s window, so B answers with an ACK of what it expects (SEQ=300, ACK=100). That ACK makes no sense to A in SYN-SENT, which answers with a RST carrying SEQ=100; B accepts it and aborts its half-open connection. A&apos;s retransmitted SYN then starts over. B&apos;s receive window is set to 200 so that 400 lies outside it, as in the RFC&apos;s example.</source>
        <translation>A 和 B 之间有一个连接（B 已发送到 300，接收到 100），这时 A 崩溃并丢失了连接；B 仍然认为它处于 ESTABLISHED。A 重启后从同一个端口以 ISN 400 再次打开连接。它的 SYN 在 B 的窗口之外，所以 B 用一个表明自己期望什么的 ACK 回答（SEQ=300，ACK=100）。这个 ACK 对处于 SYN-SENT 的 A 毫无意义，A 回复一个携带 SEQ=100 的 RST；B 接受它并终止自己的半开连接。随后 A 重传的 SYN 重新开始握手。B 的接收窗口设为 200，使 400 落在窗口之外，与 RFC 中的例子一致。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A blind RST gets a challenge ACK (RFC 5961, Linux)</source>
        <translation>盲 RST 换来挑战 ACK（RFC 5961，Linux）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same attack as in rst-injection-in-window, against the Linux profile: at 1 s an off-path attacker sends a RST claiming to come from client:5000 with seq 1000, inside the server&apos;s receive window but not the sequence number the server expects next (101). Linux follows RFC 5961: such a RST does not reset the connection. The server answers with a challenge ACK (seq 301, ack 101), which goes to the real client. A real peer that had truly reset would answer it with a RST carrying exactly 101; the client here is alive and ignores it. The connection survives, and the client&apos;s &quot;hello&quot; at 2 s is delivered. To reset the connection the attacker now has to hit the exact next sequence number: one value in 2^32, where before any of the 64240 values of the window would have done.</source>
        <translation>与 rst-injection-in-window 相同的攻击，但针对 Linux 配置：在 1 秒，一个不在路径上的攻击者发送一个声称来自 client:5000、seq 为 1000 的 RST，它在服务器的接收窗口内，但不是服务器下一个期望的序列号（101）。Linux 遵循 RFC 5961：这样的 RST 不会重置连接。服务器回复一个挑战 ACK（seq 301，ack 101），它发往真正的客户端。如果真正的对端确实已经重置，它会用一个恰好携带 101 的 RST 回应；这里的客户端还活着，会忽略它。连接得以保留，客户端在 2 秒发送的 &quot;hello&quot; 被正常交付。现在攻击者要想重置连接，必须命中下一个确切的序列号：2^32 个值中的一个，而以前窗口内 64240 个值中的任何一个都可以。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A blind RST inside the window resets the connection (RFC 793 behaviour)</source>
        <translation>窗口内的盲 RST 重置连接（RFC 793 的行为）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An off-path attacker cannot see the connection, but it can guess. At 1 s it sends a RST that claims to come from the client (client:5000) with seq 1000. The server expects seq 101 next, and its receive window is 65535 bytes, so 1000 lies inside the window. Under the textbook profile, which follows the original rule of RFC 793, any RST inside the window is accepted: the server&apos;s connection goes to CLOSED at 1.05 s and its application gets ECONNRESET. The client still believes it is connected; when it sends &quot;hello&quot; at 2 s, the server has no such connection and answers with a RST, and the client&apos;s connection is reset too. The attacker did not need the exact sequence number: any of 65535 values would do. Compare with rst-injection-challenge-ack.</source>
        <translation>不在路径上的攻击者看不到连接，但可以猜。在 1 秒，它发送一个声称来自客户端（client:5000）、seq 为 1000 的 RST。服务器期望下一个是 seq 101，接收窗口为 65535 字节，所以 1000 落在窗口内。在遵循 RFC 793 原始规则的教科书配置下，窗口内的任何 RST 都会被接受：服务器的连接在 1.05 秒进入 CLOSED，应用程序得到 ECONNRESET。客户端仍然以为自己连着；当它在 2 秒发送 &quot;hello&quot; 时，服务器已没有这个连接，回复一个 RST，客户端的连接也被重置。攻击者不需要知道确切的序列号：65535 个值中任何一个都行。请与 rst-injection-challenge-ack 对比。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A blind RST outside the window is ignored</source>
        <translation>窗口外的盲 RST 被忽略</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At 1 s an off-path attacker sends a RST that claims to come from client:5000, with seq 100000. The server expects seq 101 next and its receive window is 65535 bytes, so it would accept a RST from 101 up to 65635 only; 100000 lies outside the window. RFC 9293 says to drop such a RST silently, and the server does: nothing happens, not even a reply. The connection survives, and the client&apos;s &quot;hello&quot; at 2 s is delivered and acknowledged. This is why a blind attacker has to guess a number inside the window; compare with rst-injection-in-window, where the same RST with seq 1000 resets the connection.</source>
        <translation>在 1 秒，一个不在路径上的攻击者发送一个声称来自 client:5000、seq 为 100000 的 RST。服务器期望下一个是 seq 101，接收窗口为 65535 字节，所以它只接受 101 到 65635 之间的 RST；100000 在窗口之外。RFC 9293 规定静默丢弃这样的 RST，服务器也正是这样做的：什么都没发生，连回复都没有。连接得以保留，客户端在 2 秒发送的 &quot;hello&quot; 被交付并确认。这就是为什么盲攻击者必须猜中窗口内的一个号；请与 rst-injection-in-window 对比，在那里同样的 RST 以 seq 1000 重置了连接。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect to a closed port</source>
        <translation>连接一个关闭的端口</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing listens on port 81. The server&apos;s TCP has no connection for the SYN, so it answers with a RST that acknowledges the SYN (RFC 9293 3.10.7.1); the client accepts that RST because it acknowledges its SYN, and connect() fails with ECONNREFUSED. No retransmission: a refusal is an answer, not a loss.</source>
        <translation>端口 81 上没有任何程序在监听。服务器的 TCP 没有与这个 SYN 对应的连接，所以它回复一个确认该 SYN 的 RST（RFC 9293 3.10.7.1）；客户端接受这个 RST，因为它确认了自己的 SYN，于是 connect() 以 ECONNREFUSED 失败。没有重传：拒绝是一种回答，而不是丢失。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data on the third segment</source>
        <translation>第三个报文段携带数据</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The client application writes its request before the handshake is done. TCP keeps it until the connection is ESTABLISHED and then sends it on the third segment of the handshake, which both acknowledges the server&apos;s SYN and carries the first 5 bytes (RFC 9293 3.10.7.3). The first two segments of a handshake cannot carry data to the application, but the third can.</source>
        <translation>客户端应用程序在握手完成前就写入了请求。TCP 把它保留到连接进入 ESTABLISHED，然后在握手的第三个报文段上发送，这个报文段既确认了服务器的 SYN，又携带了前 5 个字节（RFC 9293 3.10.7.3）。握手的前两个报文段不能向应用程序交付数据，但第三个可以。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Simultaneous open</source>
        <translation>同时打开</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Both peers call connect() at the same moment, each towards the other&apos;s port, so their SYNs cross in flight. Each side receives a SYN while in SYN-SENT and moves to SYN-RECEIVED, answering with a SYN-ACK; each SYN-ACK then completes the handshake on the other side. Four segments instead of three, one connection, and no side was ever a listener (RFC 9293 Figure 7).</source>
        <translation>两个对端在同一时刻调用 connect()，各自连向对方的端口，于是它们的 SYN 在途中交叉。每一方都在 SYN-SENT 中收到一个 SYN，进入 SYN-RECEIVED 并回复 SYN-ACK；随后每个 SYN-ACK 都在对方完成了握手。用了四个报文段而不是三个，建立了一个连接，而且没有任何一方当过监听者（RFC 9293 图 7）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The three-way handshake</source>
        <translation>三次握手</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The client sends a SYN with its initial sequence number 100; the server answers with a SYN-ACK that carries its own ISN 300 and acknowledges 101; the client acknowledges 301. Each side has now sent its ISN and seen it acknowledged, so both are ESTABLISHED. Watch the server pass through SYN-RECEIVED and the client through SYN-SENT, and note that a SYN counts as one sequence number.</source>
        <translation>客户端发送一个 SYN，其初始序列号为 100；服务器回复一个 SYN-ACK，携带自己的 ISN 300 并确认 101；客户端确认 301。现在每一方都已发送了自己的 ISN 并看到它被确认，于是双方都进入 ESTABLISHED。观察服务器经过 SYN-RECEIVED、客户端经过 SYN-SENT，并注意一个 SYN 占用一个序列号。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SYN flood with SYN cookies: the client still connects</source>
        <translation>开启 SYN cookie 的 SYN 洪泛：客户端仍能连接</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same flood as in syn-flood (100 spoofed SYNs, one every 100 ms, a listener with backlog 4), but with SYN cookies turned on for when the SYN queue overflows (&quot;syn_cookies&quot;: &quot;overflow&quot;). The first four spoofed SYNs still fill the queue. From then on the server answers each SYN with a SYN cookie: a SYN-ACK whose sequence number encodes the connection, and it keeps no state and sets no timer for it. The client&apos;s SYN at 1 s gets such a SYN-ACK (seq 54189858); the client&apos;s ACK (ack 54189859) brings the cookie back, the server checks it and only then creates the connection, going from LISTEN through SYN-RECEIVED to ESTABLISHED on that one segment, at 1.15 s. The spoofed SYNs never send the ACK, so they cost the server nothing but a reply. The queue never holds more than 4 entries, and none of them is the client&apos;s.</source>
        <translation>与 syn-flood 相同的洪泛（100 个伪造的 SYN，每 100 毫秒一个，监听者的 backlog 为 4），但开启了在半连接队列溢出时使用的 SYN cookie（&quot;syn_cookies&quot;: &quot;overflow&quot;）。前四个伪造的 SYN 仍然填满了队列。此后服务器用 SYN cookie 回答每个 SYN：一个序列号中编码了连接信息的 SYN-ACK，服务器不为它保存任何状态，也不设置定时器。客户端在 1 秒的 SYN 收到了这样的 SYN-ACK（seq 54189858）；客户端的 ACK（ack 54189859）把 cookie 带了回来，服务器校验后才创建连接，在 1.15 秒凭这一个报文段从 LISTEN 经 SYN-RECEIVED 进入 ESTABLISHED。伪造的 SYN 永远不会发送 ACK，所以它们只让服务器付出一次回复的代价。队列中从未超过 4 项，而且其中没有一项是客户端的。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SYN flood: spoofed SYNs fill the SYN queue and the client cannot connect</source>
        <translation>SYN 洪泛：伪造的 SYN 填满半连接队列，客户端无法连接</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An attacker sends 100 SYNs, one every 100 ms, each from a different spoofed address (10.9.0.1, 10.9.0.2, ...) that no host has. For each SYN the server creates a half-open connection in SYN-RECEIVED, puts it in its SYN queue and sends a SYN-ACK that goes nowhere. The listener&apos;s backlog is 4 and SYN cookies are off, so after four SYNs the queue is full (watch the queues lines) and every further SYN is dropped: the attacker&apos;s and also the real client&apos;s. The client tries at 1 s, 2 s, 4 s and 8 s, every time into a full queue, and its connect() fails with ETIMEDOUT at 16 s. A half-open entry only leaves the queue when the server gives up on it after 2 SYN-ACK retransmissions, 7 s after it came (the first ones at 7.05 s), and the next spoofed SYN takes its place at once. The limits are small here (backlog 4, 2 SYN-ACK and 3 SYN retransmissions) so that it fits in 30 s; real servers have bigger queues and face bigger floods.</source>
        <translation>攻击者发送 100 个 SYN，每 100 毫秒一个，每个都来自一个不同的伪造地址（10.9.0.1、10.9.0.2……），没有主机拥有这些地址。对每个 SYN，服务器都在 SYN-RECEIVED 中创建一个半开连接，把它放入半连接队列，并发送一个无处可去的 SYN-ACK。监听者的 backlog 为 4 且 SYN cookie 已关闭，所以四个 SYN 之后队列就满了（观察队列那几行），之后的每个 SYN 都被丢弃：攻击者的如此，真正客户端的也是如此。客户端在 1 秒、2 秒、4 秒和 8 秒尝试，每次都遇到满的队列，它的 connect() 在 16 秒以 ETIMEDOUT 失败。半开连接的表项只有在服务器经过 2 次 SYN-ACK 重传后放弃它时才会离开队列，也就是它进入队列 7 秒之后（第一批在 7.05 秒），而下一个伪造的 SYN 立刻占据它的位置。这里的限制很小（backlog 4、2 次 SYN-ACK 重传和 3 次 SYN 重传），以便放进 30 秒内；真实服务器的队列更大，面对的洪泛也更大。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TCP and UDP under the same loss</source>
        <translation>同样丢包下的 TCP 与 UDP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same 10,000 bytes cross the same link, which loses 20% of packets in each direction: once over TCP (port 80) and once over UDP (port 9000). TCP needs a handshake first and then retransmits every lost segment until it is acknowledged, so all 10,000 bytes arrive, in order, a little later. UDP sends its datagrams at once, with no handshake and no acknowledgement; the lost ones are simply gone, and the receiving application gets fewer bytes. Reliability is something TCP adds, at a cost in time.</source>
        <translation>同样的 10,000 字节穿过同一条链路，该链路每个方向丢失 20% 的数据包：一次通过 TCP（端口 80），一次通过 UDP（端口 9000）。TCP 先要握手，然后重传每个丢失的报文段直到被确认，所以全部 10,000 字节都按顺序到达，只是稍晚一些。UDP 立即发出数据报，没有握手也没有确认；丢失的就彻底没了，接收方应用程序得到的字节更少。可靠性是 TCP 额外提供的，代价是时间。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Abortive close (RST)</source>
        <translation>异常关闭（RST）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instead of closing gracefully, the client aborts the connection (close() with SO_LINGER set to zero). TCP sends a single RST with SND.NXT as its sequence number and forgets the connection at once: no FIN, no TIME-WAIT. The server accepts the RST because its sequence number is exactly the one it expects, drops the connection and tells its application ECONNRESET. Data still in flight would be lost.</source>
        <translation>客户端没有优雅地关闭，而是终止了连接（SO_LINGER 设为零时调用 close()）。TCP 发送一个以 SND.NXT 为序列号的 RST，并立即忘掉这个连接：没有 FIN，也没有 TIME-WAIT。服务器接受这个 RST，因为它的序列号正是自己期望的那个，于是丢弃连接并告诉应用程序 ECONNRESET。仍在传输途中的数据将会丢失。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The client closes first</source>
        <translation>客户端先关闭</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After a short exchange the client closes: FIN-WAIT-1, then FIN-WAIT-2 once its FIN is acknowledged. The server&apos;s application learns of the end of the stream in CLOSE-WAIT, closes in turn (LAST-ACK), and the client acknowledges that FIN from TIME-WAIT. The side that closes first is the one that waits 2*MSL (4 minutes in the textbook profile).</source>
        <translation>经过简短的交换后，客户端关闭：进入 FIN-WAIT-1，它的 FIN 被确认后进入 FIN-WAIT-2。服务器的应用程序在 CLOSE-WAIT 中得知数据流结束，随后也关闭（LAST-ACK），客户端在 TIME-WAIT 中确认那个 FIN。先关闭的一方就是要等待 2*MSL 的一方（教科书配置下为 4 分钟）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Half-close: why four segments to close</source>
        <translation>半关闭：为什么关闭要四个报文段</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The client sends its request and closes its direction with a FIN. The server acknowledges the FIN at once but is not done: from CLOSE-WAIT it sends three more chunks, which the client still receives in FIN-WAIT-2. Only then does the server close with its own FIN. Each direction is closed separately, which is why closing takes four segments where opening takes three.</source>
        <translation>客户端发送请求，并用一个 FIN 关闭自己这个方向。服务器立即确认了 FIN，但还没结束：它在 CLOSE-WAIT 中又发送了三块数据，处于 FIN-WAIT-2 的客户端仍然能收到。之后服务器才用自己的 FIN 关闭。每个方向分别关闭，这就是为什么打开用三个报文段，而关闭要用四个。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server closes first</source>
        <translation>服务器先关闭</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Here the server closes first, as a web server does after sending its response. Now the server goes through FIN-WAIT-1 and FIN-WAIT-2 and ends in TIME-WAIT, while the client passes through CLOSE-WAIT and LAST-ACK. TIME-WAIT belongs to whoever closes first, not to the client or the server.</source>
        <translation>这里是服务器先关闭，就像 Web 服务器在发送完响应后所做的那样。现在是服务器经过 FIN-WAIT-1 和 FIN-WAIT-2 并最终进入 TIME-WAIT，而客户端经过 CLOSE-WAIT 和 LAST-ACK。TIME-WAIT 属于先关闭的一方，而不是固定属于客户端或服务器。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Simultaneous close (CLOSING)</source>
        <translation>同时关闭（CLOSING）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Both applications close at the same moment, so the two FINs cross. Each side receives the peer&apos;s FIN while still waiting for the ACK of its own: FIN-WAIT-1 -&gt; CLOSING. When the ACKs arrive both go to TIME-WAIT, and both wait 2*MSL, because both closed actively (RFC 9293 Figure 13).</source>
        <translation>两个应用程序在同一时刻关闭，所以两个 FIN 交叉而过。每一方都在还等待自己 FIN 的 ACK 时收到对方的 FIN：FIN-WAIT-1 -&gt; CLOSING。ACK 到达后双方都进入 TIME-WAIT，并且都等待 2*MSL，因为双方都是主动关闭的（RFC 9293 图 13）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>FIN and ACK in one segment (a three-segment close)</source>
        <translation>FIN 和 ACK 合并在一个报文段中（三个报文段的关闭）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With the Linux profile, the server does not acknowledge the client&apos;s FIN at once: it delays the ACK by up to 40 ms, hoping to send something with it. Its application closes 10 ms later, so the ACK of the client&apos;s FIN rides on the server&apos;s own FIN: the close takes three segments, not four. Note also the SYN options (window scale, SACK-permitted, timestamps) and the 60 s TIME-WAIT of Linux.</source>
        <translation>在 Linux 配置下，服务器不会立即确认客户端的 FIN：它把 ACK 延迟最多 40 毫秒，希望能捎带一些东西一起发送。它的应用程序在 10 毫秒后关闭，于是对客户端 FIN 的 ACK 搭上了服务器自己的 FIN：关闭只用了三个报文段，而不是四个。另请注意 SYN 的选项（窗口缩放、SACK-permitted、时间戳）以及 Linux 的 60 秒 TIME-WAIT。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TIME-WAIT uses up the ephemeral ports</source>
        <translation>TIME-WAIT 耗尽临时端口</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The client opens a connection, closes it at once, and opens the next one, as a busy HTTP client without keep-alive does. Because the client closes first, each closed connection leaves its 4-tuple in TIME-WAIT for 2*MSL. The ephemeral port range here has only 4 ports (real ranges have about 28,000), so the fifth connect() finds every port to this server still in TIME-WAIT and fails with EADDRNOTAVAIL. This is the cost of many TIME-WAIT sockets on a client.</source>
        <translation>客户端打开一个连接，立即关闭它，再打开下一个，就像一个不使用 keep-alive 的繁忙 HTTP 客户端那样。因为客户端先关闭，每个关闭的连接都会让它的四元组在 TIME-WAIT 中停留 2*MSL。这里的临时端口范围只有 4 个端口（真实的范围大约有 28,000 个），所以第五次 connect() 发现连向这个服务器的所有端口都还处于 TIME-WAIT，以 EADDRNOTAVAIL 失败。这就是客户端上大量 TIME-WAIT 套接字的代价。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Two-way handshake (not TCP): an old SYN opens a connection nobody asked for</source>
        <translation>两次握手（不是 TCP）：旧的 SYN 打开了一个没人请求的连接</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is NOT TCP: the scenario turns on a hypothetical two-way handshake (&quot;two_way_handshake&quot;: true), in which the server trusts a SYN at once and the client sends no third segment. The events are those of why-three-handshakes: an old SYN from the client&apos;s address and port (seq 80) arrives at 0.05 s, before the client&apos;s real SYN (seq 100). The server becomes ESTABLISHED on the old SYN, its application accepts a connection (srv/1) that nobody asked for and sends &quot;welcome&quot; to a client that never opened it. The client, which is waiting for ack 101, refuses both segments with a RST, but only at 0.15 s does the server learn that: its application has already acted and is told ECONNRESET. The real SYN then makes a second connection (srv/2). With a two-way handshake the server cannot tell an old SYN from a new one, and acts on both; the third segment of TCP is what prevents this.</source>
        <translation>这不是 TCP：该场景开启了一个假想的两次握手（&quot;two_way_handshake&quot;: true），其中服务器立即信任 SYN，客户端也不发送第三个报文段。事件与 why-three-handshakes 相同：一个来自客户端地址和端口的旧 SYN（seq 80）在 0.05 秒到达，早于客户端真正的 SYN（seq 100）。服务器凭旧的 SYN 进入 ESTABLISHED，它的应用程序接受了一个没人请求的连接（srv/1），并向一个从未打开它的客户端发送 &quot;welcome&quot;。正在等待 ack 101 的客户端用 RST 拒绝了这两个报文段，但服务器直到 0.15 秒才得知：它的应用程序已经采取了行动，并被告知 ECONNRESET。随后真正的 SYN 建立了第二个连接（srv/2）。在两次握手下，服务器无法区分旧的 SYN 和新的 SYN，对两者都会采取行动；TCP 的第三个报文段正是用来防止这种情况的。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why three segments: an old duplicate SYN is refused</source>
        <translation>为什么要三个报文段：旧的重复 SYN 被拒绝</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An old SYN from the client&apos;s address and port (seq 80), left over in the network from an earlier attempt, reaches the server at 0.05 s, before the client&apos;s real SYN (seq 100), which the network delays. The server cannot tell that the SYN is old, so it answers with a SYN-ACK (seq 300, ack 81) and waits in SYN-RECEIVED. The client knows better: it is waiting for an acknowledgment of 101, so ack 81 makes no sense, and it answers with a RST (seq 81). The server returns to LISTEN at 0.15 s; its application never heard of the old SYN. The real SYN arrives at 0.2 s and the handshake completes normally, and the server&apos;s &quot;welcome&quot; goes to the connection the client asked for. The third segment is what lets the client confirm or refuse a connection before the server&apos;s application commits to it. Compare with why-not-two-handshakes: the same events without the third segment.</source>
        <translation>一个来自客户端地址和端口的旧 SYN（seq 80）是之前某次尝试遗留在网络中的，它在 0.05 秒到达服务器，早于被网络延迟的客户端真正的 SYN（seq 100）。服务器无法判断这个 SYN 是旧的，所以回复一个 SYN-ACK（seq 300，ack 81）并在 SYN-RECEIVED 中等待。客户端却很清楚：它正在等待对 101 的确认，ack 81 毫无意义，于是回复一个 RST（seq 81）。服务器在 0.15 秒回到 LISTEN；它的应用程序从未听说过这个旧 SYN。真正的 SYN 在 0.2 秒到达，握手正常完成，服务器的 &quot;welcome&quot; 发给了客户端真正请求的连接。第三个报文段让客户端能在服务器应用程序投入之前确认或拒绝一个连接。请与 why-not-two-handshakes 对比：同样的事件，只是没有第三个报文段。</translation>
    </message>
</context>
<context>
    <name>ScenarioTopics</name>
    <message>
        <location filename="../../ui/scenario_list_model.cpp" line="+20"/>
        <source>Connection setup</source>
        <translation>连接建立</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why three handshakes</source>
        <translation>为什么是三次握手</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connection teardown</source>
        <translation>连接释放</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TIME-WAIT</source>
        <translation>TIME-WAIT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loss and retransmission</source>
        <translation>丢包与重传</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What identifies a connection</source>
        <translation>什么标识一个连接</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep-alive</source>
        <translation>保活</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TCP vs UDP</source>
        <translation>TCP 与 UDP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attacks and defences</source>
        <translation>攻击与防御</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RFC 9293 figures</source>
        <translation>RFC 9293 插图</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>app::MainWindow</name>
    <message>
        <location filename="../../app/main_window.cpp" line="+119"/>
        <source>Scenarios</source>
        <translation>场景</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State Machine</source>
        <translation>状态机</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Segment</source>
        <translation>报文段</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Event Log</source>
        <translation>事件日志</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edits</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lab</source>
        <translation>实验</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Narration</source>
        <translation>讲解</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Handshake Lab</source>
        <translation>Handshake Lab</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1[*] — Handshake Lab</source>
        <translation>%1[*] — Handshake Lab</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Copy View as Image</source>
        <translation>将视图复制为图像(&amp;C)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The diagram as shown is on the clipboard.</source>
        <translation>当前显示的图已复制到剪贴板。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Drop Selected Segment</source>
        <translation>丢弃所选报文段(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;lay Selected Segment…</source>
        <translation>延迟所选报文段(&amp;L)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>D&amp;uplicate Selected Segment</source>
        <translation>复制所选报文段(&amp;U)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;About Handshake Lab</source>
        <translation>关于 Handshake Lab(&amp;A)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>About Handshake Lab</source>
        <translation>关于 Handshake Lab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Handshake Lab %1&lt;/h3&gt;&lt;p&gt;Handshake Lab teaches how TCP opens and closes connections. A model of RFC 9293 runs in a deterministic simulator; you can watch the handshakes, break them, and export what you see.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Handshake Lab %1&lt;/h3&gt;&lt;p&gt;Handshake Lab 讲解 TCP 如何打开和关闭连接。一个 RFC 9293 模型运行在确定性的模拟器中；你可以观察握手过程、破坏它们，并导出你看到的内容。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../app/main_window_capture.cpp" line="+25"/>
        <source> ms</source>
        <translation> 毫秒</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Captured at %1. </source>
        <translation>抓包位置：%1。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Captured at both ends: send and arrival times are both measured (median one-way delay %1). States are inferred from the segments; &quot;?&quot; marks what the capture cannot show.</source>
        <translation>在两端都抓了包：发送和到达时间都是实测的（单向延迟中位数 %1）。状态是根据报文段推断的；&quot;?&quot; 表示抓包无法显示的内容。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The far end&apos;s times are estimated: one-way delay %1, half the handshake&apos;s round trip. States are inferred from the segments; &quot;?&quot; marks what the capture cannot show.</source>
        <translation>远端的时间是估算的：单向延迟 %1，即握手往返时间的一半。状态是根据报文段推断的；&quot;?&quot; 表示抓包无法显示的内容。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No complete handshake to estimate the delay from: arrows are drawn level. States are inferred from the segments; &quot;?&quot; marks what the capture cannot show.</source>
        <translation>没有完整的握手可用于估算延迟：箭头画成水平的。状态是根据报文段推断的；&quot;?&quot; 表示抓包无法显示的内容。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Open Capture (one, or one from each end)</source>
        <translation>打开抓包文件（一个，或每端各一个）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Packet captures (*.pcap *.pcapng *.cap);;All files (*)</source>
        <translation>抓包文件 (*.pcap *.pcapng *.cap);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot open the capture</source>
        <translation>无法打开抓包文件</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: %2:%3 ↔ %4:%5</source>
        <translation>%1：%2:%3 ↔ %4:%5</translation>
    </message>
    <message>
        <location filename="../../app/main_window_files.cpp" line="+26"/>
        <source>Scenarios (*.json);;All files (*)</source>
        <translation>场景 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open Scenario…</source>
        <translation>打开场景(&amp;O)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;Capture…</source>
        <translation>打开抓包(&amp;C)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re&amp;play in Simulator</source>
        <translation>在模拟器中重放(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turn the captured connection into a scenario you can break</source>
        <translation>把抓到的连接变成一个可以破坏的场景</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>diagram</source>
        <translation>示意图</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No recent files</source>
        <translation>没有最近打开的文件</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Clear List</source>
        <translation>清除列表(&amp;C)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is no built-in scenario &quot;%1&quot;.</source>
        <translation>没有名为 &quot;%1&quot; 的内置场景。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cannot open the scenario</source>
        <translation>无法打开场景</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The scenario could not be opened; what was open stays open.

%1</source>
        <translation>无法打开该场景；当前打开的内容保持不变。

%1</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Open Scenario</source>
        <translation>打开场景</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot save the scenario</source>
        <translation>无法保存场景</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>scenario</source>
        <translation>场景</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save Scenario</source>
        <translation>保存场景</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Unsaved edits</source>
        <translation>未保存的编辑</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” has edits that are not saved. Save them before going on?</source>
        <translation>“%1” 有未保存的编辑。继续之前要保存吗？</translation>
    </message>
    <message>
        <location filename="../../app/main_window_lab.cpp" line="+79"/>
        <source>Delay Segment</source>
        <translation>延迟报文段</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extra time in flight for segment #%1 (ms):</source>
        <translation>报文段 #%1 额外的传输时间（毫秒）：</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A capture shows what happened; to change it, use File &gt; Replay in Simulator first.</source>
        <translation>抓包显示的是已经发生的事；要修改它，请先使用 文件 &gt; 在模拟器中重放。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Segment #%1 cannot be changed that way.</source>
        <translation>报文段 #%1 不能这样修改。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Not possible here: %1</source>
        <translation>此处不可行：%1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Remove edit %1</source>
        <translation>移除编辑 %1</translation>
    </message>
    <message>
        <location filename="../../app/main_window_sync.cpp" line="+45"/>
        <source>Re-simulated from %1 s on</source>
        <translation>从 %1 秒起重新模拟</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>No endpoint enters %1 in this scenario.</source>
        <translation>在此场景中没有端点进入 %1。</translation>
    </message>
    <message>
        <location filename="../../app/main_window_view.cpp" line="+24"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Relative Sequence Numbers</source>
        <translation>相对序列号(&amp;R)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>One Row per &amp;Event</source>
        <translation>每个事件一行(&amp;E)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Space the events evenly instead of in proportion to time</source>
        <translation>让事件均匀排列，而不是按时间比例排列</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Follow Playhead</source>
        <translation>跟随播放头(&amp;F)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Zoom Diagram &amp;In</source>
        <translation>放大图(&amp;I)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoom Diagram &amp;Out</source>
        <translation>缩小图(&amp;O)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Actual Size</source>
        <translation>实际大小(&amp;A)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;System</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Playback</source>
        <translation>播放(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../app/main_window_language.cpp" line="+35"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;System Default</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+14"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>The new language applies the next time Handshake Lab starts.</source>
        <translation>新的语言将在下次启动 Handshake Lab 时生效。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Restart Now</source>
        <translation>立即重启(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Later</source>
        <translation>稍后(&amp;L)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Handshake Lab could not start again. Start it yourself to see the new language.</source>
        <translation>Handshake Lab 无法重新启动。请手动启动它以使用新的语言。</translation>
    </message>
    <message>
        <location filename="../../app/main_window_learn.cpp" line="+47"/>
        <source>Interview Questions</source>
        <translation>面试题</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Quiz</source>
        <translation>测验</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Learn</source>
        <translation>学习(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interview &amp;Questions</source>
        <translation>面试题(&amp;Q)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Start &amp;Quiz</source>
        <translation>开始测验(&amp;Q)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Predict each segment and state change before it happens</source>
        <translation>在每个报文段和状态变化发生之前预测它</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;top Quiz</source>
        <translation>停止测验(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../app/main_window_present.cpp" line="+40"/>
        <source>&amp;Larger Text</source>
        <translation>增大文字(&amp;L)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>S&amp;maller Text</source>
        <translation>减小文字(&amp;M)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Normal Text Size</source>
        <translation>正常文字大小(&amp;N)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Presentation Mode</source>
        <translation>演示模式(&amp;P)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Full screen, large text and thick lines, only the diagram, the state machine and the narration. Page Up and Page Down step through the events.</source>
        <translation>全屏、大字、粗线，只显示时序图、状态机和讲解。Page Up 和 Page Down 逐个事件前后移动。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Leave Presentation Mode</source>
        <translation>退出演示模式</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Text size %1%</source>
        <translation>文字大小 %1%</translation>
    </message>
</context>
<context>
    <name>app::ScenarioDocument</name>
    <message>
        <location filename="../../app/scenario_document.cpp" line="+45"/>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>A connection from a capture cannot be saved as a scenario; use File &gt; Replay in Simulator first.</source>
        <translation>来自抓包的连接不能保存为场景；请先使用 文件 &gt; 在模拟器中重放。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>app::ShortcutsDialog</name>
    <message>
        <location filename="../../app/shortcuts_dialog.cpp" line="+38"/>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sequence diagram</source>
        <translation>时序图</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scroll</source>
        <translation>滚动</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Up, Down, mouse wheel</source>
        <translation>上、下方向键，鼠标滚轮</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom around the mouse</source>
        <translation>以鼠标为中心缩放</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+wheel</source>
        <translation>Ctrl+滚轮</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a segment</source>
        <translation>选择报文段</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Click</source>
        <translation>单击</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Segment actions</source>
        <translation>报文段操作</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right-click, or the Menu key</source>
        <translation>右键单击，或按菜单键</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Presentation mode</source>
        <translation>演示模式</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Leave presentation mode</source>
        <translation>退出演示模式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Esc, F11</source>
        <translation>Esc、F11</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
</context>
<context>
    <name>ui::CaptureDialog</name>
    <message>
        <location filename="../../ui/capture_dialog.cpp" line="+36"/>
        <source>%1 and %2</source>
        <translation>%1 和 %2</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Open Capture — %1</source>
        <translation>打开抓包 — %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter by address or port, e.g. 443 or 10.0.0.2</source>
        <translation>按地址或端口筛选，例如 443 或 10.0.0.2</translation>
    </message>
    <message>
        <location line="+64"/>
        <location line="+87"/>
        <source>Reading %1 (%2)…</source>
        <translation>正在读取 %1（%2）…</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>%p%</source>
        <translation>%p%</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+81"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>Details…</source>
        <translation>详细信息…</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>%1: no TCP connection in this capture.</source>
        <translation>%1：此抓包中没有 TCP 连接。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not read %1.</source>
        <translation>无法读取 %1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+11"/>
        <source>Read Again</source>
        <translation>重新读取</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>This capture cannot be opened:
%1</source>
        <translation>无法打开此抓包：
%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stopped reading %1.</source>
        <translation>已停止读取 %1。</translation>
    </message>
    <message>
        <location filename="../../ui/capture_dialog_text.cpp" line="+22"/>
        <source>1 packet</source>
        <translation>1 个数据包</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 packets</source>
        <translation>%1 个数据包</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>UDP</source>
        <translation>UDP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ICMP</source>
        <translation>ICMP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ARP</source>
        <translation>ARP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IP fragment</source>
        <translation>IP 分片</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>other IP protocol</source>
        <translation>其他 IP 协议</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>other link-layer protocol</source>
        <translation>其他链路层协议</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: %2, %3 TCP</source>
        <translation>%1：%2，其中 TCP %3 个</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  Skipped (not TCP): %1</source>
        <translation>  已跳过（非 TCP）：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  Could not be decoded: %1</source>
        <translation>  无法解码：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>    packet %1, byte %2: %3</source>
        <translation>    数据包 %1，字节 %2：%3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>    … and %1 more (only the first %2 are listed)</source>
        <translation>    …… 还有 %1 个（只列出前 %2 个）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 TCP connection</source>
        <translation>1 个 TCP 连接</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 TCP connections</source>
        <translation>%1 个 TCP 连接</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>; %1 skipped (%2)</source>
        <translation>；跳过 %1 个（%2）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>; 1 packet could not be decoded</source>
        <translation>；1 个数据包无法解码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>; %1 packets could not be decoded</source>
        <translation>；%1 个数据包无法解码</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Capture Details — %1</source>
        <translation>抓包详细信息 — %1</translation>
    </message>
    <message>
        <location filename="../../ui/capture_import_progress.cpp" line="+21"/>
        <source>Reading the packets of %1 → %2…</source>
        <translation>正在读取 %1 → %2 的数据包…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open Capture</source>
        <translation>打开抓包</translation>
    </message>
</context>
<context>
    <name>ui::ConnectionListModel</name>
    <message>
        <location filename="../../ui/connection_list_model.cpp" line="+30"/>
        <source>%1.%2 (local time)</source>
        <translation>%1.%2（本地时间）</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>FIN</source>
        <translation>FIN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>RST</source>
        <translation>RST</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>open</source>
        <translation>未关闭</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>handshake only</source>
        <translation>仅握手</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>incomplete</source>
        <translation>不完整</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>First packet: %1</source>
        <translation>第一个数据包：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last packet: %1</source>
        <translation>最后一个数据包：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A→B: %1, B→A: %2</source>
        <translation>A→B：%1，B→A：%2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Both sides sent a FIN</source>
        <translation>双方都发送了 FIN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A RST was seen</source>
        <translation>出现了 RST</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Still open when the capture ends (at most one side sent a FIN)</source>
        <translation>抓包结束时仍未关闭（至多一方发送了 FIN）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The handshake, then no data, FIN or RST</source>
        <translation>只有握手，之后没有数据、FIN 或 RST</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A SYN that was never answered</source>
        <translation>一个从未得到回应的 SYN</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The side that sent the first SYN (without one: the first sender)</source>
        <translation>发送第一个 SYN 的一方（没有 SYN 时：第一个发送方）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The other side</source>
        <translation>另一方</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seconds from the capture&apos;s first connection</source>
        <translation>从抓包中第一个连接开始的秒数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seconds from the first packet to the last</source>
        <translation>从第一个数据包到最后一个数据包的秒数</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>TCP payload, retransmissions included</source>
        <translation>TCP 载荷，包括重传</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How the connection ended, as far as the capture shows</source>
        <translation>连接如何结束（就抓包所能显示的而言）</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start (s)</source>
        <translation>开始（秒）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duration (s)</source>
        <translation>时长（秒）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Packets</source>
        <translation>数据包</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bytes A→B</source>
        <translation>字节 A→B</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bytes B→A</source>
        <translation>字节 B→A</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End</source>
        <translation>结束</translation>
    </message>
</context>
<context>
    <name>ui::EditList</name>
    <message>
        <location filename="../../ui/edit_list.cpp" line="+24"/>
        <source>Remove this edit</source>
        <translation>移除此编辑</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No edits yet. Drop a segment, change a link or inject a RST to see what TCP does.</source>
        <translation>还没有编辑。丢弃一个报文段、修改链路或注入一个 RST，看看 TCP 会怎么做。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take the selected edit out of the scenario (Delete)</source>
        <translation>把所选编辑从场景中移除（Delete）</translation>
    </message>
</context>
<context>
    <name>ui::EventLogModel</name>
    <message>
        <location filename="../../ui/event_log_model.cpp" line="+120"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Endpoint</source>
        <translation>端点</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Event</source>
        <translation>事件</translation>
    </message>
</context>
<context>
    <name>ui::EventLogView</name>
    <message>
        <location filename="../../ui/event_log_view.cpp" line="+112"/>
        <source>Filter events…</source>
        <translation>筛选事件…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show only the events whose text contains this, e.g. RST or ESTABLISHED</source>
        <translation>只显示文本包含此内容的事件，例如 RST 或 ESTABLISHED</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>All events</source>
        <translation>所有事件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Segments</source>
        <translation>报文段</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State changes</source>
        <translation>状态变化</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timers</source>
        <translation>定时器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Application</source>
        <translation>应用程序</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Losses and faults</source>
        <translation>丢包与故障</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Show only events of one kind</source>
        <translation>只显示一类事件</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>%1 of %2 events</source>
        <translation>%1 / %2 个事件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 event</source>
        <translation>1 个事件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 events</source>
        <translation>%1 个事件</translation>
    </message>
</context>
<context>
    <name>ui::ExportDialog</name>
    <message>
        <location filename="../../ui/export_dialog.cpp" line="+44"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>of %1</source>
        <translation>共 %1 页</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 × %2 px</source>
        <translation>%1 × %2 像素</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 × %2 px, vector</source>
        <translation>%1 × %2 像素，矢量</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 × %2 pt, vector</source>
        <translation>%1 × %2 点，矢量</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 pages, the first %2</source>
        <translation>共 %1 页，第一页 %2</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>%1 exists: Export replaces it.</source>
        <translation>%1 已存在：导出将替换它。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>PNG image (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG 绘图 (*.svg)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export To</source>
        <translation>导出到</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Choose a file to write.</source>
        <translation>请选择要写入的文件。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The folder %1 does not exist.</source>
        <translation>文件夹 %1 不存在。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file name should end in .%1.</source>
        <translation>文件名应以 .%1 结尾。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Wrote %1 (%2).</source>
        <translation>已写入 %1（%2）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wrote %1 pages: %2 … %3</source>
        <translation>已写入 %1 页：%2 … %3</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog_controls.cpp" line="+52"/>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The whole sequence diagram</source>
        <translation>整个时序图</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The part shown in the window</source>
        <translation>窗口中显示的部分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A time range</source>
        <translation>一段时间范围</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A range of events</source>
        <translation>一段事件范围</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The state machine at the current moment</source>
        <translation>当前时刻的状态机</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E&amp;xport:</source>
        <translation>导出(&amp;X)：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Events are counted from 1, as the event log lists them.</source>
        <translation>事件从 1 开始编号，与事件日志中的编号一致。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>From:</source>
        <translation>从：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Image</source>
        <translation>图像</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PNG image</source>
        <translation>PNG 图像</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SVG drawing</source>
        <translation>SVG 绘图</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF document</source>
        <translation>PDF 文档</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1x</source>
        <translation>%1x</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By resolution</source>
        <translation>按分辨率</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>96 dpi is 1x: one pixel for each pixel on a normal screen.</source>
        <translation>96 dpi 即 1x：普通屏幕上的一个像素对应一个像素。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Size:</source>
        <translation>大小(&amp;S)：</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print: black on white, no fills</source>
        <translation>打印：白底黑字，无填充</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Theme:</source>
        <translation>主题(&amp;T)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transparent background (PNG)</source>
        <translation>透明背景（PNG）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State bands</source>
        <translation>状态带</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timers</source>
        <translation>定时器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Application calls</source>
        <translation>应用程序调用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrow labels</source>
        <translation>箭头标签</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Draw:</source>
        <translation>绘制：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Absolute</source>
        <translation>绝对</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relative: each side&apos;s ISN is 0</source>
        <translation>相对：每一方的 ISN 为 0</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sequence &amp;numbers:</source>
        <translation>序列号(&amp;N)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The moment at %1, with the playhead</source>
        <translation>%1 时刻，带播放头</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The moment (the window has no playhead)</source>
        <translation>当前时刻（窗口没有播放头）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Off: the finished diagram, everything drawn as it happened.</source>
        <translation>关闭：完整的图，所有内容按发生的情况绘制。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Highlight the selected segment</source>
        <translation>突出显示所选报文段</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+2"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;itle:</source>
        <translation>标题(&amp;I)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Caption:</source>
        <translation>说明(&amp;C)：</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>F&amp;ile:</source>
        <translation>文件(&amp;I)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Page</source>
        <translation>页</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
</context>
<context>
    <name>ui::InjectDialog</name>
    <message>
        <location filename="../../ui/inject_dialog.cpp" line="+52"/>
        <source>Inject a RST</source>
        <translation>注入 RST</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A RST ends a connection at once. An attacker who cannot see the traffic must guess a sequence number the receiver accepts. Pick a connection and a number, then watch whether TCP is fooled.</source>
        <translation>RST 会立即结束一个连接。看不到流量的攻击者必须猜出一个接收方会接受的序列号。选择一个连接和一个号码，然后看看 TCP 会不会上当。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Inject</source>
        <translation>注入</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Target connection</source>
        <translation>目标连接</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sent by</source>
        <translation>发送方</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exactly</source>
        <translation>精确值</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+12"/>
        <source>Sequence number</source>
        <translation>序列号</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Craft the segment yourself</source>
        <translation>自己构造报文段</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Flags</source>
        <translation>标志位</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>seq</source>
        <translation>seq</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ack</source>
        <translation>ack</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data the segment carries (none)</source>
        <translation>报文段携带的数据（无）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> ms apart</source>
        <translation> 毫秒间隔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copies</source>
        <translation>副本数</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 (%2 ↔ %3, %4)</source>
        <translation>%1（%2 ↔ %3，%4）</translation>
    </message>
    <message>
        <location filename="../../ui/inject_dialog_text.cpp" line="+47"/>
        <source>No connection is open at %1, so there is nothing to reset. Move the playhead to a time when a connection is open.</source>
        <translation>在 %1 没有打开的连接，所以没有可重置的东西。请把播放头移到有连接打开的时刻。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>An off-path host, %1, that claims to be %2</source>
        <translation>一个不在路径上的主机 %1，冒充 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An off-path host, %1 (added to the scenario), that claims to be %2</source>
        <translation>一个不在路径上的主机 %1（已加入场景），冒充 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its peer %1 itself</source>
        <translation>它的对端 %1 本身</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Acceptable: ack=%1, which acknowledges its SYN</source>
        <translation>可接受：ack=%1，确认了它的 SYN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the window: seq=%1, just what it expects next (RCV.NXT)</source>
        <translation>在窗口内：seq=%1，正是它下一个期望的号（RCV.NXT）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unacceptable: ack=%1</source>
        <translation>不可接受：ack=%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Out of the window: seq=%1 (RCV.NXT + 2^30)</source>
        <translation>在窗口外：seq=%1（RCV.NXT + 2^30）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is down at %2 and cannot send anything. Restart it first.</source>
        <translation>%1 在 %2 时已宕机，无法发送任何东西。请先重启它。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>At %1 this sends %2.</source>
        <translation>在 %1 时发送 %2。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give sequence numbers from 0 to 4294967295.</source>
        <translation>请给出 0 到 4294967295 之间的序列号。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Watch the diagram for what the target makes of it.</source>
        <translation>在图中观察目标如何处理它。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>In SYN-SENT a RST counts only when its ACK acknowledges the SYN. This one does: the connection is refused (RFC 9293 3.10.7.3).</source>
        <translation>在 SYN-SENT 中，只有当 RST 的 ACK 确认了 SYN 时它才算数。这个 RST 确认了：连接被拒绝（RFC 9293 3.10.7.3）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In SYN-SENT a RST counts only when its ACK acknowledges the SYN. This one does not: the target drops it (RFC 9293 3.10.7.3).</source>
        <translation>在 SYN-SENT 中，只有当 RST 的 ACK 确认了 SYN 时它才算数。这个 RST 没有确认：目标丢弃它（RFC 9293 3.10.7.3）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>seq is exactly the number the target expects next, so it resets the connection (RFC 9293 3.10.7.4). Even the stricter check of RFC 5961 accepts this number.</source>
        <translation>seq 正是目标下一个期望的号，所以它会重置连接（RFC 9293 3.10.7.4）。即使是 RFC 5961 更严格的检查也接受这个号。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>seq lies outside every possible receive window: the target drops the RST without an answer (RFC 9293 3.10.7.4).</source>
        <translation>seq 在任何可能的接收窗口之外：目标丢弃该 RST，不作回应（RFC 9293 3.10.7.4）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>seq is not the number the target expects next. If it lies in the receive window, this profile answers with a challenge ACK instead of resetting (RFC 5961 3.2); outside the window the RST is dropped.</source>
        <translation>seq 不是目标下一个期望的号。如果它在接收窗口内，此配置会回复一个挑战 ACK 而不是重置（RFC 5961 3.2）；在窗口外则丢弃该 RST。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If seq lies in the target&apos;s receive window, the connection is reset (RFC 9293 3.10.7.4); outside the window the RST is dropped.</source>
        <translation>如果 seq 在目标的接收窗口内，连接会被重置（RFC 9293 3.10.7.4）；在窗口外则丢弃该 RST。</translation>
    </message>
</context>
<context>
    <name>ui::LabAppEditor</name>
    <message>
        <location filename="../../ui/lab_app_editor.cpp" line="+36"/>
        <source>The socket the application calls</source>
        <translation>应用程序调用的套接字</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>listen()</source>
        <translation>listen()</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passive open: wait for a connection (RFC 9293 3.10.1)</source>
        <translation>被动打开：等待连接（RFC 9293 3.10.1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>close()</source>
        <translation>close()</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close this direction: a FIN follows the queued data (RFC 9293 3.10.4)</source>
        <translation>关闭这个方向：在排队的数据之后发送 FIN（RFC 9293 3.10.4）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>abort()</source>
        <translation>abort()</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop the connection at once, with a RST if it is synchronized (RFC 9293 3.10.5)</source>
        <translation>立即丢弃连接，如果已同步则发送 RST（RFC 9293 3.10.5）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>connect()</source>
        <translation>connect()</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active open: send a SYN to this host and port (RFC 9293 3.10.1)</source>
        <translation>主动打开：向此主机和端口发送 SYN（RFC 9293 3.10.1）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Host to connect to</source>
        <translation>要连接的主机</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Port to connect to</source>
        <translation>要连接的端口</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text to send</source>
        <translation>要发送的文本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hello</source>
        <translation>hello</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>send()</source>
        <translation>send()</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hand this text to TCP to send</source>
        <translation>把这段文本交给 TCP 发送</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Socket</source>
        <translation>套接字</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>ui::LabLinkEditor</name>
    <message>
        <location filename="../../ui/lab_link_editor.cpp" line="+30"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delay</source>
        <translation>延迟</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+3"/>
        <source> ms</source>
        <translation> 毫秒</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Time from sending a segment to its arrival</source>
        <translation>报文段从发送到到达所需的时间</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Jitter</source>
        <translation>抖动</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each segment waits a further random time up to this: segments can overtake each other</source>
        <translation>每个报文段再随机等待不超过此值的时间：报文段可能互相超车</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Loss</source>
        <translation>丢包</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The chance that a segment is lost on the way</source>
        <translation>报文段在途中丢失的概率</translation>
    </message>
</context>
<context>
    <name>ui::LabPanel</name>
    <message>
        <location filename="../../ui/lab_panel.cpp" line="+54"/>
        <source>Every change takes effect from this time on and is added to the list of edits.</source>
        <translation>每项修改都从这个时刻起生效，并加入编辑列表。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Application</source>
        <translation>应用程序</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Links</source>
        <translation>链路</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delay, jitter and loss of each direction. Segments already on their way keep the values they were sent with.</source>
        <translation>每个方向的延迟、抖动和丢包率。已经在途中的报文段保持发送时的值。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No segment has been sent yet.</source>
        <translation>还没有发送任何报文段。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Hosts</source>
        <translation>主机</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A crash loses every connection at once and tells no one; a restarted host has no connections.</source>
        <translation>崩溃会立即丢失所有连接且不通知任何人；重启后的主机没有任何连接。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Attack</source>
        <translation>攻击</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forge a RST to end a connection, as a blind attacker would.</source>
        <translation>伪造一个 RST 来结束连接，就像盲攻击者那样。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inject RST…</source>
        <translation>注入 RST…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Now: %1</source>
        <translation>当前：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No connection is open at this time</source>
        <translation>此时没有打开的连接</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Crash</source>
        <translation>崩溃</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restart</source>
        <translation>重启</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>up</source>
        <translation>运行中</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>down</source>
        <translation>已宕机</translation>
    </message>
</context>
<context>
    <name>ui::LibraryPanel</name>
    <message>
        <location filename="../../ui/library_panel.cpp" line="+20"/>
        <source>Filter scenarios…</source>
        <translation>筛选场景…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the scenarios whose title, id or description contains this</source>
        <translation>显示标题、id 或描述中包含此内容的场景</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>Select a scenario to read what it shows. Double-click it or press Enter to open it.</source>
        <translation>选择一个场景以阅读它展示的内容。双击或按 Enter 打开它。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>1 scenario</source>
        <translation>1 个场景</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 scenarios</source>
        <translation>%1 个场景</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Scenario %1. Double-click or press Enter to open it.</source>
        <translation>场景 %1。双击或按 Enter 打开它。</translation>
    </message>
</context>
<context>
    <name>ui::NarrationPanel</name>
    <message>
        <location filename="../../ui/narration_panel.cpp" line="+91"/>
        <source>Why:</source>
        <translation>为什么：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Now:</source>
        <translation>现在：</translation>
    </message>
</context>
<context>
    <name>ui::QuestionsPanel</name>
    <message>
        <location filename="../../ui/questions_panel.cpp" line="+108"/>
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
        <location filename="../../ui/quiz_panel.cpp" line="+81"/>
        <source>absolute or relative</source>
        <translation>绝对值或相对值</translation>
    </message>
    <message>
        <location line="+128"/>
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
        <location line="+20"/>
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
        <location line="+31"/>
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
<context>
    <name>ui::Scrubber</name>
    <message>
        <location filename="../../ui/scrubber.cpp" line="+25"/>
        <source>Playback position</source>
        <translation>播放位置</translation>
    </message>
    <message>
        <location line="+243"/>
        <source>%1 with no events, drawn short</source>
        <translation>%1 没有事件，缩短绘制</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>t = %1</source>
        <translation>t = %1</translation>
    </message>
</context>
<context>
    <name>ui::SegmentFate</name>
    <message>
        <location filename="../../ui/segment_fate.cpp" line="+28"/>
        <source>a retransmission of #%1</source>
        <translation>#%1 的重传</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a duplicate of #%1, made by a fault</source>
        <translation>#%1 的副本，由故障产生</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>injected by a fault, with a spoofed source address</source>
        <translation>由故障注入，源地址是伪造的</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>injected by a fault</source>
        <translation>由故障注入</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a RST from the host: the segment it answers matched no socket</source>
        <translation>主机发出的 RST：它所回应的报文段没有匹配的套接字</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a challenge ACK (RFC 5961)</source>
        <translation>挑战 ACK（RFC 5961）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a keep-alive probe</source>
        <translation>保活探测</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a SYN-ACK carrying a SYN cookie: the listener keeps no state</source>
        <translation>携带 SYN cookie 的 SYN-ACK：监听者不保存状态</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>1 byte</source>
        <translation>1 字节</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 bytes</source>
        <translation>%1 字节</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>lost on the link at %1</source>
        <translation>在 %1 时于链路上丢失</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>dropped at %1: no host has the destination address</source>
        <translation>在 %1 时被丢弃：没有主机拥有目的地址</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>dropped at %1: no socket is bound to the destination port</source>
        <translation>在 %1 时被丢弃：没有套接字绑定到目的端口</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>dropped at %1: the destination host is down</source>
        <translation>在 %1 时被丢弃：目的主机已宕机</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>dropped by a fault of the scenario at %1</source>
        <translation>在 %1 时被场景中的故障丢弃</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>dropped at %1: the listener&apos;s queue was full</source>
        <translation>在 %1 时被丢弃：监听者的队列已满</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>delivered to %1 at %2</source>
        <translation>在 %2 时交付给 %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>still in flight when the trace ends</source>
        <translation>追踪结束时仍在途中</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sent at %1, %2.</source>
        <translation>在 %1 发送，%2。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It moved %1 from %2 to %3.</source>
        <translation>它使 %1 从 %2 进入 %3。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Retransmitted as %1.</source>
        <translation>以 %1 重传。</translation>
    </message>
</context>
<context>
    <name>ui::SegmentFieldsModel</name>
    <message>
        <location filename="../../ui/segment_fields_model.cpp" line="+44"/>
        <source>Segment</source>
        <translation>报文段</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>no host has this address</source>
        <translation>没有主机拥有这个地址</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Source</source>
        <translation>源</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>spoofed: sent by %1</source>
        <translation>伪造的：由 %1 发送</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Destination</source>
        <translation>目的</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no SYN seen in this direction yet</source>
        <translation>这个方向还没有看到 SYN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>relative %1 (ISN %2)</source>
        <translation>相对值 %1（ISN %2）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sequence number</source>
        <translation>序列号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acknowledgment number</source>
        <translation>确认号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not significant: ACK is not set</source>
        <translation>无意义：未设置 ACK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data offset</source>
        <translation>数据偏移</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1-byte header: 20 fixed, %2 of options</source>
        <translation>%1 字节首部：20 字节固定部分，%2 字节选项</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reserved</source>
        <translation>保留</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>congestion window reduced (RFC 3168)</source>
        <translation>拥塞窗口已减小（RFC 3168）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ECN-Echo (RFC 3168)</source>
        <translation>ECN 回显（RFC 3168）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>urgent pointer field is significant</source>
        <translation>紧急指针字段有效</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>acknowledgment field is significant</source>
        <translation>确认号字段有效</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>push function</source>
        <translation>推送功能</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reset the connection</source>
        <translation>重置连接</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>synchronize sequence numbers</source>
        <translation>同步序列号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no more data from sender</source>
        <translation>发送方没有更多数据</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>never scaled in a SYN (RFC 7323)</source>
        <translation>SYN 中的窗口从不缩放（RFC 7323）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Urgent pointer</source>
        <translation>紧急指针</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not significant: URG is not set</source>
        <translation>无意义：未设置 URG</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Checksum</source>
        <translation>校验和</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>correct: over the IPv4 pseudo-header, header and data</source>
        <translation>正确：覆盖 IPv4 伪首部、首部和数据</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wrong: should be %1</source>
        <translation>错误：应为 %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Options</source>
        <translation>选项</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>MSS</source>
        <translation>MSS</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>maximum segment size the sender accepts</source>
        <translation>发送方可接受的最大报文段长度</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Window scale</source>
        <translation>窗口缩放</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>windows are shifted left by this many bits (RFC 7323)</source>
        <translation>窗口左移这么多位（RFC 7323）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SACK permitted</source>
        <translation>允许 SACK</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>selective acknowledgments (RFC 2018)</source>
        <translation>选择性确认（RFC 2018）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Timestamps</source>
        <translation>时间戳</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>RFC 7323</source>
        <translation>RFC 7323</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Length</source>
        <translation>长度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>8-byte header and the data</source>
        <translation>8 字节首部加数据</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Payload length</source>
        <translation>载荷长度</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Payload (text)</source>
        <translation>载荷（文本）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payload (hex)</source>
        <translation>载荷（十六进制）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the first %1 of %2 bytes</source>
        <translation>共 %2 字节中的前 %1 字节</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sent</source>
        <translation>发送</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+6"/>
        <source>Arrived</source>
        <translation>到达</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Dropped</source>
        <translation>丢弃</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>说明</translation>
    </message>
</context>
<context>
    <name>ui::SegmentInspector</name>
    <message>
        <location filename="../../ui/segment_inspector.cpp" line="+61"/>
        <source>UDP datagram: no sequence numbers, no handshake.</source>
        <translation>UDP 数据报：没有序列号，没有握手。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Click a segment in the diagram to inspect it.</source>
        <translation>单击图中的报文段以查看它。</translation>
    </message>
</context>
<context>
    <name>ui::SequencePainter</name>
    <message>
        <location filename="../../ui/sequence_painter.cpp" line="+208"/>
        <source>⋯ %1 skipped ⋯</source>
        <translation>⋯ 跳过 %1 ⋯</translation>
    </message>
    <message>
        <location filename="../../ui/sequence_painter_arrows.cpp" line="+98"/>
        <source>injected</source>
        <translation>注入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>duplicate</source>
        <translation>副本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no socket: host resets</source>
        <translation>无套接字：主机重置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>challenge ACK</source>
        <translation>挑战 ACK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SYN cookie</source>
        <translation>SYN cookie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>keep-alive probe</source>
        <translation>保活探测</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>retransmission</source>
        <translation>重传</translation>
    </message>
    <message>
        <location filename="../../ui/sequence_painter_frame.cpp" line="+89"/>
        <source>t = %1</source>
        <translation>t = %1</translation>
    </message>
    <message>
        <location filename="../../ui/sequence_painter_lanes.cpp" line="+27"/>
        <source>send(%1 bytes)</source>
        <translation>send(%1 字节)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ok</source>
        <translation>成功</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>keep-alive %1</source>
        <translation>保活 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>delayed ACK %1</source>
        <translation>延迟 ACK %1</translation>
    </message>
    <message>
        <location line="+254"/>
        <source>%1 %2 left</source>
        <translation>%1 剩余 %2</translation>
    </message>
    <message>
        <location filename="../../ui/sequence_painter_parts.cpp" line="+19"/>
        <location line="+24"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 µs</source>
        <translation>%1 微秒</translation>
    </message>
    <message>
        <location filename="../../ui/sequence_painter_prepare.cpp" line="+73"/>
        <source> (+%1 more)</source>
        <translation> （另有 %1 项）</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>no host has this address</source>
        <translation>没有主机拥有这个地址</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · passive open</source>
        <translation>%1 · 被动打开</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · active open</source>
        <translation>%1 · 主动打开</translation>
    </message>
</context>
<context>
    <name>ui::SequenceView</name>
    <message>
        <location filename="../../ui/sequence_view_input.cpp" line="+26"/>
        <source>lost on the link</source>
        <translation>在链路上丢失</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no host has the destination address</source>
        <translation>没有主机拥有目的地址</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no socket on the destination port</source>
        <translation>目的端口上没有套接字</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the destination host is down</source>
        <translation>目的主机已宕机</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>dropped by a fault of the scenario</source>
        <translation>被场景中的故障丢弃</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the listener&apos;s queue was full</source>
        <translation>监听者的队列已满</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>retransmission of #%1</source>
        <translation>#%1 的重传</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>RST from the host: no socket matches (RFC 9293 3.10.7.1)</source>
        <translation>主机发出的 RST：没有匹配的套接字（RFC 9293 3.10.7.1）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>challenge ACK (RFC 5961)</source>
        <translation>挑战 ACK（RFC 5961）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>keep-alive probe (RFC 9293 3.8.4)</source>
        <translation>保活探测（RFC 9293 3.8.4）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>injected by a fault of the scenario</source>
        <translation>由场景中的故障注入</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>duplicate of #%1</source>
        <translation>#%1 的副本</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SYN-ACK carrying a SYN cookie</source>
        <translation>携带 SYN cookie 的 SYN-ACK</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>sent %1, lost at %2: %3</source>
        <translation>在 %1 发送，在 %2 丢失：%3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>sent %1, still in flight when the trace ends</source>
        <translation>在 %1 发送，追踪结束时仍在途中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sent %1, arrived %2</source>
        <translation>在 %1 发送，在 %2 到达</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>window %1, %2 data bytes</source>
        <translation>窗口 %1，%2 字节数据</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Drop this segment</source>
        <translation>丢弃此报文段</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delay this segment…</source>
        <translation>延迟此报文段…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate this segment</source>
        <translation>复制此报文段</translation>
    </message>
</context>
<context>
    <name>ui::StateMachineLayout</name>
    <message>
        <location filename="../../ui/state_machine_layout.cpp" line="+189"/>
        <source>passive OPEN / create TCB</source>
        <translation>被动 OPEN / 创建 TCB</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+6"/>
        <source>CLOSE / delete TCB</source>
        <translation>CLOSE / 删除 TCB</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>active OPEN / create TCB, snd SYN</source>
        <translation>主动 OPEN / 创建 TCB，发送 SYN</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>SEND / snd SYN</source>
        <translation>SEND / 发送 SYN</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+11"/>
        <source>rcv SYN / snd SYN,ACK</source>
        <translation>收到 SYN / 发送 SYN,ACK</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>rcv RST / x</source>
        <translation>收到 RST / x</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>rcv ACK of SYN / x</source>
        <translation>收到对 SYN 的 ACK / x</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>rcv SYN,ACK / snd ACK</source>
        <translation>收到 SYN,ACK / 发送 ACK</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+3"/>
        <location line="+15"/>
        <source>CLOSE / snd FIN</source>
        <translation>CLOSE / 发送 FIN</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+7"/>
        <location line="+7"/>
        <location line="+18"/>
        <source>rcv FIN / snd ACK</source>
        <translation>收到 FIN / 发送 ACK</translation>
    </message>
    <message>
        <location line="-28"/>
        <location line="+14"/>
        <location line="+3"/>
        <source>rcv ACK of FIN / x</source>
        <translation>收到对 FIN 的 ACK / x</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Timeout=2MSL / delete TCB</source>
        <translation>超时=2MSL / 删除 TCB</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>rcv FIN,ACK / snd ACK</source>
        <translation>收到 FIN,ACK / 发送 ACK</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>rcv SYN (not TCP) / snd SYN,ACK</source>
        <translation>收到 SYN（非 TCP）/ 发送 SYN,ACK</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>rcv RST, ABORT, timeout / delete TCB</source>
        <translation>收到 RST、ABORT、超时 / 删除 TCB</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>rcv RST / delete TCB</source>
        <translation>收到 RST / 删除 TCB</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ABORT / snd RST</source>
        <translation>ABORT / 发送 RST</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ABORT / delete TCB</source>
        <translation>ABORT / 删除 TCB</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>retries exhausted / delete TCB</source>
        <translation>重试次数耗尽 / 删除 TCB</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>keep-alive timeout / delete TCB</source>
        <translation>保活超时 / 删除 TCB</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>FIN-WAIT-2 timeout / delete TCB</source>
        <translation>FIN-WAIT-2 超时 / 删除 TCB</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rcv SYN / snd RST</source>
        <translation>收到 SYN / 发送 RST</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rcv new SYN / delete TCB</source>
        <translation>收到新的 SYN / 删除 TCB</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>host crash / x</source>
        <translation>主机崩溃 / x</translation>
    </message>
</context>
<context>
    <name>ui::StateMachineView</name>
    <message>
        <location filename="../../ui/state_machine_view.cpp" line="+332"/>
        <source>no connection</source>
        <translation>没有连接</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>and %n more</source>
        <translation>
            <numerusform>另有 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <location line="+49"/>
        <source>%1 is here.</source>
        <translation>%1 在这里。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no connection state at all</source>
        <translation>完全没有连接状态</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>waiting for a connection request from any remote TCP peer and port</source>
        <translation>等待来自任何远程 TCP 对端和端口的连接请求</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>waiting for a matching connection request after having sent a connection request</source>
        <translation>已发送连接请求，正在等待匹配的连接请求</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>waiting for a confirming connection request acknowledgment after having both received and sent a connection request</source>
        <translation>已收到并发送了连接请求，正在等待对连接请求的确认</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>an open connection: data received can be delivered to the user; the normal state for the data transfer phase</source>
        <translation>连接已打开：收到的数据可以交付给用户；数据传输阶段的正常状态</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>waiting for a connection termination request from the remote TCP peer, or an acknowledgment of the connection termination request previously sent</source>
        <translation>正在等待远程 TCP 对端的连接终止请求，或对先前所发终止请求的确认</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>waiting for a connection termination request from the remote TCP peer</source>
        <translation>正在等待远程 TCP 对端的连接终止请求</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>waiting for a connection termination request from the local user</source>
        <translation>正在等待本地用户的连接终止请求</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>waiting for a connection termination request acknowledgment from the remote TCP peer</source>
        <translation>正在等待远程 TCP 对端对连接终止请求的确认</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>waiting for an acknowledgment of the connection termination request previously sent to the remote TCP peer</source>
        <translation>正在等待对先前发给远程 TCP 对端的连接终止请求的确认</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>waiting for enough time to pass to be sure the remote TCP peer received the acknowledgment of its connection termination request, and that old duplicate segments have left the network</source>
        <translation>正在等待足够长的时间，以确保远程 TCP 对端已收到对其连接终止请求的确认，并且旧的重复报文段已离开网络</translation>
    </message>
</context>
<context>
    <name>ui::TcpHeaderDiagram</name>
    <message>
        <location filename="../../ui/tcp_header_diagram.cpp" line="+125"/>
        <source>Source Port</source>
        <translation>源端口</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Destination Port</source>
        <translation>目的端口</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Length</source>
        <translation>长度</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+21"/>
        <source>Checksum</source>
        <translation>校验和</translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+25"/>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Sequence Number</source>
        <translation>序列号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Acknowledgment Number</source>
        <translation>确认号</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Data Offset</source>
        <translation>数据偏移</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rsrvd</source>
        <translation>保留</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Urgent Pointer</source>
        <translation>紧急指针</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>[Options]</source>
        <translation>[选项]</translation>
    </message>
</context>
<context>
    <name>ui::TransportBar</name>
    <message>
        <location filename="../../ui/transport_bar.cpp" line="+33"/>
        <source>Go to &amp;Start</source>
        <translation>跳到开头(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Previous Event</source>
        <translation>上一个事件(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+108"/>
        <source>&amp;Play</source>
        <translation>播放(&amp;P)</translation>
    </message>
    <message>
        <location line="-107"/>
        <source>&amp;Next Event</source>
        <translation>下一个事件(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to &amp;End</source>
        <translation>跳到结尾(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;lower</source>
        <translation>减慢(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Faster</source>
        <translation>加快(&amp;F)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Playback speed. Slower: [  Faster: ]</source>
        <translation>播放速度。减慢：[  加快：]</translation>
    </message>
    <message>
        <location line="+66"/>
        <location line="+6"/>
        <source>t = %1 s · event %2 / %3</source>
        <translation>t = %1 秒 · 事件 %2 / %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Pause</source>
        <translation>暂停(&amp;P)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Play</source>
        <translation>播放</translation>
    </message>
</context>
</TS>
