<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
        <translation>半连接队列已满（backlog %1）。</translation>
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
        <location filename="../../ui/narration_facts.cpp" line="+256"/>
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
        <location filename="../../ui/narration_waiting.cpp" line="+29"/>
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
        <translation>；半连接队列 %1，全连接队列 %2</translation>
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
        <location line="+31"/>
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
</context>
<context>
    <name>ui::NarrationPanel</name>
    <message>
        <location filename="../../ui/narration_panel.cpp" line="+74"/>
        <source>Why:</source>
        <translation>为什么：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Now:</source>
        <translation>现在：</translation>
    </message>
</context>
</TS>
