"""Every sentence a verdict can say, in English and Simplified Chinese, keyed by reason code."""

from __future__ import annotations

import re

CATALOG: dict[str, dict[str, str]] = {
    "official_channel": {
        "en": "{value} is an official {kind} of {provider}{purposes}; confidence {confidence}, last verified {verified}.",
        "zh": "{value} 是{provider}的官方{kind}{purposes}；可信度 {confidence}，最近核实于 {verified}。",
    },
    # (`on`: "is on <domain>, which" where the host is under the listed domain, "is" where it is that domain: "metamask.io
    # is on metamask.io" said nothing)
    "official_domain": {
        "en": "{value} {on} the registry holds as an official {kind} of {provider}; confidence {confidence}, last verified {verified}.",
        "zh": "{value} {on}登记库记载的{provider}官方{kind}；可信度 {confidence}，最近核实于 {verified}。",
    },
    "on_the_domain": {"en": "is on {domain}, which", "zh": "属于 {domain}，为"},
    "is_the_domain": {"en": "is a domain", "zh": "是"},
    "stale_evidence": {
        "en": "This was last verified {verified}, more than {days} days ago; the provider may have changed it.",
        "zh": "此信息最近一次核实是 {verified}，已超过 {days} 天，可能已经变更。",
    },
    "spoofing_possible_text": {
        "en": "A text's or a chat's sender number can be forged: a message from an official number is not proof. Do not reply or tap its links; contact {provider} yourself.",
        "zh": "短信和聊天消息的发送号码可以伪造：来自官方号码的消息并不能证明对方身份。不要回复，也不要点击其中的链接；请自己联系{provider}。",
    },
    "spoofing_possible_sender": {
        "en": "Sender addresses and names can be forged: a message from an official address is not proof. Do not answer it or follow its links; contact {provider} yourself.",
        "zh": "发件地址和名称可以伪造：来自官方地址的消息并不能证明对方身份。不要回复，也不要点击其中的链接；请自己联系{provider}。",
    },
    "sent_through_provider": {
        "en": "Anyone can send an invoice or a money request through {provider}: it comes from {provider}'s own address, but its note, and any number or link in it, are the sender's words, not {provider}'s. Do not call a number in it or pay it; open {provider} yourself to see the request.",
        "zh": "任何人都可以通过{provider}发送账单或收款请求：邮件确实来自{provider}的地址，但其中的备注以及里面的号码和链接都是发送者写的，不是{provider}的。不要拨打其中的号码，也不要付款；请自己打开{provider}查看这笔请求。",
    },
    "spoofing_possible": {
        "en": "Caller ID and sender names can be forged: seeing an official number or address is not proof. Hang up and contact {provider} yourself.",
        "zh": "来电显示和发件人可以伪造：显示官方号码或地址并不能证明对方身份。请挂断后自己联系{provider}。",
    },
    "calls_out": {
        "en": "{provider} does use {value} to contact people: {notes}",
        "zh": "{provider}确实会用 {value} 主动联系用户：{notes}",
    },
    "retired_channel": {
        "en": "{value} was an official {kind} of {provider} until {until}; it is not any more.",
        "zh": "{value} 曾是{provider}的官方{kind}，已于 {until} 停用。",
    },
    "successor": {
        "en": "Its replacement is {successor}.",
        "zh": "替代它的是 {successor}。",
    },
    "not_yet_valid": {
        "en": "{value} becomes an official channel of {provider} only on {since}.",
        "zh": "{value} 自 {since} 起才是{provider}的官方渠道。",
    },
    "known_scam": {
        "en": "{value} has been confirmed as a scam{claimed} (report #{report}).",
        "zh": "{value} 已被确认为诈骗{claimed}（举报编号 {report}）。",
    },
    "mismatch_other_provider": {
        "en": "{value} belongs to {owner}, not to {claimed}.",
        "zh": "{value} 属于{owner}，不是{claimed}的。",
    },
    "given_on_a_site_named_after": {
        "en": "{value} is given as {provider}'s on {site}, which has {provider}'s name under a country's ending and may be its site there; the registry lists neither, so neither is confirmed here. To be sure, use the channels listed here or in {provider}'s app.",
        "zh": "{value} 出现在 {site} 上并被说成是{provider}的；该网站使用{provider}的名字和一个国家或地区的后缀，可能是它在当地的网站，但登记库都未收录，因此这里无法确认。稳妥起见，请使用这里列出的渠道或{provider}应用内的渠道。",
    },
    "given_on_own_site": {
        "en": "{value} is given as {provider}'s on {provider}'s own site ({site}), but the registry does not list it yet, so it is not confirmed here. To be sure, use the channels listed here or in {provider}'s app.",
        "zh": "{value} 出现在{provider}自己的网站（{site}）上并被说成是{provider}的，但登记库尚未收录，因此这里无法确认。稳妥起见，请使用这里列出的渠道或{provider}应用内的渠道。",
    },
    "warned_of_on_own_site": {
        "en": "{provider}'s own site ({site}) warns of {value}: it is not {provider}'s, and calls, messages or pages from it are a scam's.",
        "zh": "{provider}自己的网站（{site}）提醒 {value} 与诈骗有关：它不是{provider}的，从它来的电话、信息或网页都是诈骗。",
    },
    "mismatch_not_listed": {
        "en": "{value} is not among {claimed}'s official channels in our registry.",
        "zh": "{value} 不在登记库收录的{claimed}官方渠道之中。",
    },
    "callback_only_call": {
        "en": "{provider}'s phone support is a call back you ask for in its app; it has no number you call. A call "
              "you did not ask for there is not that call: hang up, and ask for a call back in the {provider} app if you need one.",
        "zh": "{provider}的电话客服只能在其应用内申请回电，没有让您拨打的号码。您没有在应用里申请过的来电不是这种回电："
              "请挂断；如需联系{provider}，请在{provider}应用内申请回电。",
    },
    "policy_contradicted": {
        "en": "{headline}. In its own words: “{statement}” (source: {source})",
        "zh": "{headline}。原文：“{statement}”（来源：{source}）",
    },
    "lookalike_number_near": {
        "en": "{value} is one slip away from {provider}'s official {official}: a digit changed, added or left out, or two swapped.",
        "zh": "{value} 与{provider}的官方号码 {official} 只差一处：改了、多了或少了一位数字，或两位数字颠倒。",
    },
    "reordered_number": {
        "en": "{value} hides an invisible right-to-left character that makes a page show it as {official}, {provider}'s official number, while it dials {value}. No real number needs one: call {official} yourself.",
        "zh": "{value} 里藏着一个看不见的从右到左控制字符，让页面把它显示成{provider}的官方号码 {official}，实际拨打的却是 {value}。真正的号码不需要这种字符：请自己拨打 {official}。",
    },
    "reordered_number_shown": {
        "en": "{value} hides an invisible right-to-left character: a page shows it as {shown}, but it dials {value}, the number this answer is about. A number needs no such character.",
        "zh": "{value} 里藏着一个看不见的从右到左控制字符：页面上显示为 {shown}，实际拨打的却是 {value}，本结论说的是实际拨打的号码。正常的号码不需要这种字符。",
    },
    "letters_read_as_digits": {
        "en": "{value} has letters in place of digits (O read as 0, I and l as 1), as spam pages write numbers to slip past filters.",
        "zh": "{value} 用字母代替了数字（O 读作 0，I 和 l 读作 1），垃圾广告常这样写号码来躲避过滤。",
    },
    "letters_dialled_on_keypad_if_pasted": {
        "en": "Type its digits yourself: pasted or tapped as written, a phone dials the letters as its keypad's (O as 6, I as 4, l as 5), {dialled}.",
        "zh": "请自己输入数字：按原样粘贴或点击拨号，手机会按键盘上字母对应的数字拨打（O 为 6，I 为 4，l 为 5），即 {dialled}。",
    },
    "link_letters_dialled_on_keypad": {
        "en": "{value} in a dialling link has letters among its digits: a phone dials them as its keypad's (O as 6, I as 4, l as 5), {dialled}, the number this answer is about, whatever digit they look like.",
        "zh": "拨号链接里的 {value} 在数字中夹着字母：手机按键盘上字母对应的数字拨打（O 为 6，I 为 4，l 为 5），即 {dialled}，本结论说的就是这个号码，而不是字母看起来像的数字。",
    },
    "carrier_placeholder_read_in_brazil": {
        "en": "{value} is written the way Brazil writes a long-distance call: 0, then xx for the code of the carrier the caller "
              "chooses, then the area code: read as a Brazilian number.",
        "zh": "{value} 是巴西长途电话的写法：0，再用 xx 代替拨号人所选运营商的代码，然后是区号：按巴西号码核验。",
    },
    "retired_prefix_left_out": {
        "en": "{value} is written with {prefix}, a prefix Mexico stopped dialling in 2019 (every number there has ten digits "
              "since): read without it.",
        "zh": "{value} 带有前缀 {prefix}，墨西哥已于 2019 年停用这一前缀（此后当地号码一律为十位）：按去掉它的号码核验。",
    },
    "spelled_read": {
        "en": "{value} spells an address out in words: read as {address}.",
        "zh": "{value} 是用文字拼写的地址：按 {address} 核验。",
    },
    "spaced_read": {
        "en": "{value} is an address written with spaces around its dots, as posts write one to get it past a link filter: read as {address}.",
        "zh": "{value} 是在点号两侧加了空格的地址（帖子常这样写以躲过链接过滤）：按 {address} 核验。",
    },
    "defanged_read": {
        "en": "{value} is written “defanged”, as security warnings write addresses so that no one opens them by mistake: read as {address}.",
        "zh": "{value} 是“去链接化”的写法（安全提醒常这样写地址，以免被误点打开），读作 {address}。",
    },
    "chinese_numerals_read_as_digits": {
        "en": "{value} is written in Chinese numerals, read as {digits}. Spam pages write numbers so to slip past filters.",
        "zh": "{value} 用汉字数字书写，读作 {digits}。垃圾广告常这样写号码来躲避过滤。",
    },
    "letters_read_as_keypad": {
        "en": "{value} spells its number in letters, as North American numbers are advertised: on a phone's keypad it dials {dialled}, the number this answer is about.",
        "zh": "{value} 用字母拼写号码（北美常这样宣传电话号码）：按手机键盘上字母对应的数字，拨打的是 {dialled}，本结论说的就是这个号码。",
    },
    "letters_read_as_keypad_not_dialled": {
        "en": "{value} spells its number in letters, as North American numbers are advertised: on a phone's keypad it dials {dialled}, the number this answer is about (the last letters, {not_dialled}, are past the number's end and not dialled).",
        "zh": "{value} 用字母拼写号码（北美常这样宣传电话号码）：按手机键盘上字母对应的数字，拨打的是 {dialled}，本结论说的就是这个号码（最后的字母 {not_dialled} 超出了号码长度，不会被拨出）。",
    },
    "short_code_elsewhere": {
        "en": "In {region}, {digits} is an official short code of {provider}, reached from a phone there; read in {asked}, as here, it is not.",
        "zh": "在 {region}，{digits} 是{provider}的官方短号码，须在当地的手机上拨打；按 {asked} 解读（如本次）则不是。",
    },
    "near_short_code": {
        "en": "{value} is one digit away from {official}, {provider}'s official short code. Other services' short codes are as close, so that alone says nothing about {value}; if you meant {provider}, call {official}.",
        "zh": "{value} 与{provider}的官方短号码 {official} 只差一位。相邻的短号码也属于其他机构，仅凭这一点不能判断 {value} 是谁的；如果您要找{provider}，请拨打 {official}。",
    },
    "link_opens_elsewhere": {
        "en": "This link shows {shown} but opens {target}. A link's text can say anything: type the address yourself.",
        "zh": "此链接显示为 {shown}，点开的却是 {target}。链接文字可以随意写：请自己输入网址。",
    },
    "link_dials_elsewhere": {
        "en": "This link shows {shown} but dials {target}. Dial the number yourself instead of tapping the link.",
        "zh": "此链接显示为 {shown}，拨打的却是 {target}。请自己拨号，不要点击链接。",
    },
    "lookalike_ip_address": {
        "en": "{value} is a bare IP address, not a site's name, and the address carries {provider}'s name (“{brand}”). {provider}'s sites are {officials}; a sign-in page at an IP address is a phishing page.",
        "zh": "{value} 是一个裸 IP 地址，不是网站名称，网址里却带着{provider}的名字（“{brand}”）。{provider}的官方网站是 {officials}；IP 地址上的登录页就是钓鱼页面。",
    },
    "public_page": {
        "en": "{page} is a page anyone can make on {service}, which does not vouch for what it says. Never type a password, a code or a recovery phrase into it.",
        "zh": "{page} 是任何人都能在{service}上建立的页面，{service}不为其内容担保。切勿在其中输入密码、验证码或助记词。",
    },
    "group_invite": {
        "en": "{page} is an invitation to a group or channel on {service}, which anyone can make and share. No provider "
              "gives support in a group someone invites you to: fake agents and investment \"teachers\" wait in such groups.",
        "zh": "{page} 是{service}上的群组或频道邀请链接，任何人都能建立和分享。正规机构不会在别人拉你进的群里提供客服：假客服和投资\u201c导师\u201d就在这样的群里等着。",
    },
    "business_chat_link": {
        "en": "{page} opens a chat on {service} with a business account, without showing its number. Any business account "
              "can make such a link, under any name and picture: the chat is no proof of who answers there.",
        "zh": "{page} 会打开{service}上与某个商业账号的聊天，但不显示它的号码。任何商业账号都能生成这样的链接，名字和头像可随意设置：聊天本身证明不了对面是谁。",
    },
    "remote_access_app": {
        "en": "{page} is {service}'s site. {service} is a remote-access app: whoever has its code sees your screen and "
              "controls your device. It is real software, and a fake agent's commonest tool: once in, they watch your codes "
              "and move your money.",
        "zh": "{page} 是{service}的网站。{service}是远程控制软件：拿到它的连接码的人就能看到你的屏幕并操作你的设备。软件本身是真的，"
              "却是假客服最常用的工具：连上以后，对方能看到你的验证码并转走你的钱。",
    },
    "a_meeting_service": {"en": "a meeting service", "zh": "会议软件"},
    "another_kind_of_number": {
        "en": "“{value}” is no phone number: its label, “{label}”, names a number of another kind (an account's or an order's "
              "ID, a case's, a payment's or a code's), which no one answers on, so we do not check it as one. If someone "
              "gave you {number} as a number to call or text, check it alone.",
        "zh": "“{value}”不是电话号码：它的标签“{label}”写明它是另一种编号（账户或订单的ID、工单号、交易号、邀请码之类），"
              "拨不通也没人接听，所以我们不把它当电话号码核验。如果有人把 {number} 当作电话号码让你拨打或发短信，请单独核验它。",
    },
    "label_persons_number": {
        "en": "Its label, “{label}”, gives {number} as a person's number in a payment's words (whom money goes to or comes "
              "from, or an account's), not as a provider's line: it is judged by itself.",
        "zh": "说明文字“{label}”把 {number} 说成是某个人的号码（收款或付款的一方，或某个账号），而不是平台的客服电话：按号码本身核验。",
    },
    "remote_session_code": {
        "en": "“{value}” is an address or a meeting's number on {service}, not a number to call: whoever you give it to "
              "can see your screen, and with a remote-access app, control your device. A caller who asks for it wants just "
              "that.",
        "zh": "“{value}”是{service}的连接码或会议号，不是电话号码：把它告诉谁，谁就能看到你的屏幕，装了远程软件还能操作你的设备。"
              "向你要它的人，要的正是这个。",
    },
    "meeting_invite": {
        "en": "{page} is an invitation to a video meeting on {service}, which anyone can make and send. Fake agents move their "
              "call into such a meeting to have you share your screen: then they see every code and balance on it.",
        "zh": "{page} 是{service}的会议邀请链接，任何人都能建立和发送。假客服常以退款、注销、账户安全为由让你进会议并共享屏幕，"
              "这样你屏幕上的验证码和余额对方都能看到。",
    },
    "lookalike_public_page": {
        "en": "{page} is a page anyone can make on {service}, named after {provider} (“{brand}”); {provider}'s own sites are {officials}.",
        "zh": "{page} 是任何人都能在{service}上建立的页面，却用了{provider}的名字（“{brand}”）；{provider}的官方网站是 {officials}。",
    },
    "lookalike_short_link": {
        "en": "{link} is a {service} short link whose name its maker chose after {provider} (“{brand}”): it hides where it sends you, and {provider}'s own sites are {officials}.",
        "zh": "{link} 是{service}的短链接，名称由制作者自取，用了{provider}的名字（“{brand}”）：它隐藏了真正的去处；{provider}的官方网站是 {officials}。",
    },
    "ip_address_disguised": {
        "en": "{written} is the IP address {value} written in another form, as browsers read it: a disguise for a bare address.",
        "zh": "{written} 是 IP 地址 {value} 的另一种写法，浏览器会按这个地址打开：这是在掩饰一个裸 IP 地址。",
    },
    "lookalike_slash_in_host": {
        "en": "{value} shows {shown} and then what looks like a '/', but is {character}: a browser takes it all for the "
              "site's name, which is not {provider}'s. The address is made to be misread; {provider}'s sites are {officials}.",
        "zh": "{value} 先显示 {shown}，后面看似“/”的其实是 {character}：浏览器会把整串当成网站名称，它不是{provider}的网站。"
              "这个网址是故意让人看错的；{provider}的官方网站是 {officials}。",
    },
    "slash_lookalike_in_host": {
        "en": "{value} shows {shown} and then what looks like a '/', but is {character}: a browser takes it all for the "
              "site's name. An address written to be misread; do not open it.",
        "zh": "{value} 先显示 {shown}，后面看似“/”的其实是 {character}：浏览器会把整串当成网站名称。这是故意让人看错的网址，不要打开。",
    },
    "lookalike_dot_in_host": {
        "en": "{value} reads as {shown}, but what looks like a dot in it is {character}: it is another address than it shows, "
              "not {provider}'s (a browser opens another site, or none). The address is made to be misread; {provider}'s sites "
              "are {officials}.",
        "zh": "{value} 看起来是 {shown}，但其中看似“.”的其实是 {character}：它不是它显示的那个地址，也不是{provider}的"
              "（浏览器会打开另一个网站，或者打不开）。这个地址是故意让人看错的；{provider}的官方网站是 {officials}。",
    },
    "dot_lookalike_in_host": {
        "en": "{value} reads as {shown}, but what looks like a dot in it is {character}: it is another address than it shows "
              "(a browser opens another site, or none). An address written to be misread; do not open it or write to it.",
        "zh": "{value} 看起来是 {shown}，但其中看似“.”的其实是 {character}：它不是它显示的那个地址（浏览器会打开另一个网站，"
              "或者打不开）。这是故意让人看错的地址，不要打开，也不要给它发邮件。",
    },
    "lookalike_hyphen_in_host": {
        "en": "{value} reads as {shown}, but what looks like a hyphen in it is {character}: it is another address than it "
              "shows, not {provider}'s (a browser opens another site, or none). The address is made to be misread; "
              "{provider}'s sites are {officials}.",
        "zh": "{value} 看起来是 {shown}，但其中看似“-”的其实是 {character}：它不是它显示的那个地址，也不是{provider}的"
              "（浏览器会打开另一个网站，或者打不开）。这个地址是故意让人看错的；{provider}的官方网站是 {officials}。",
    },
    "hyphen_lookalike_in_host": {
        "en": "{value} reads as {shown}, but what looks like a hyphen in it is {character}: it is another address than it "
              "shows (a browser opens another site, or none). An address written to be misread; do not open it or write to it.",
        "zh": "{value} 看起来是 {shown}，但其中看似“-”的其实是 {character}：它不是它显示的那个地址（浏览器会打开另一个网站，"
              "或者打不开）。这是故意让人看错的地址，不要打开，也不要给它发邮件。",
    },
    "ip_address_site": {
        "en": "{value} is a bare IP address, not a site's name. Real services give their sites names: do not sign in, pay or download anything there.",
        "zh": "{value} 是一个裸 IP 地址，不是网站名称。正规服务的网站都有域名：不要在这里登录、付款或下载任何东西。",
    },
    "email_at_ip_address": {
        "en": "{value} is an email address at a bare IP address, not at a domain name. Banks, payment services and wallets write to their customers from their own domains, never from an address like this: do not reply, click its links or pay.",
        "zh": "{value} 是设在裸 IP 地址上的邮箱，不是域名邮箱。银行、支付机构和钱包只用自己域名的邮箱联系用户，从不使用这种地址：不要回复、点击其中的链接或付款。",
    },
    "lookalike_email_at_ip_address": {
        "en": "{value} is an email address at a bare IP address, not at a domain name, and its name carries {provider}'s name (“{brand}”). {provider} writes from its own domains, {officials}, never from an address like this.",
        "zh": "{value} 是设在裸 IP 地址上的邮箱，不是域名邮箱，邮箱名却带着{provider}的名字（“{brand}”）。{provider}只用自己的域名（{officials}）发信，从不使用这种地址。",
    },
    "android_intent": {
        "en": "It is an Android intent link that opens {target} in the phone's browser (a way pages leave an app's own browser): the site to judge is {target}.",
        "zh": "这是一个安卓 intent 链接，会在手机浏览器中打开 {target}（网页常用它跳出应用内置的浏览器）：要判断的是 {target}。",
    },
    "android_intent_fallback": {
        "en": "Where the phone lacks the browser it names, the link opens its fallback, {target}, instead of {other}: the site to judge is {target}.",
        "zh": "如果手机上没有它指定的浏览器，这个链接会改为打开备用地址 {target}，而不是 {other}：要判断的是 {target}。",
    },
    "ios_install_link": {
        "en": "It is a link that installs an iPhone app from {target}, outside the App Store (an in-house or ad-hoc build): an app "
              "installed so skips the store's checks, and fake wallet, bank and investment apps are handed out this way. Install "
              "apps from the App Store, or from the link on the provider's own site.",
        "zh": "这是从 {target} 安装 iPhone 应用的链接，绕过了 App Store（企业签名或内测分发）：这样安装的应用不经过商店审核，假钱包、假银行和假投资平台的应用就是这样散发的。"
              "请只从 App Store 或服务商官网上的链接安装应用。",
    },
    "app_file": {
        "en": "{page} downloads {file}, an app to install outside any app store: an app installed so skips the store's checks, and "
              "fake wallet, bank and investment apps are handed out this way. Install apps from your phone's store, or from the link "
              "on the provider's own site.",
        "zh": "{page} 会下载 {file}，这是绕过应用商店安装的应用：这样安装的应用不经过商店审核，假钱包、假银行和假投资平台的应用就是这样散发的。"
              "请从手机自带的应用商店，或机构官网上的链接安装应用。",
    },
    "lookalike_app_file": {
        "en": "{page} downloads {file}, an app file named after {provider} (“{brand}”) from a site that is not {provider}'s: fake "
              "wallet apps are handed out this way. {provider}'s apps: {officials}.",
        "zh": "{page} 会下载 {file}，一个以{provider}命名（“{brand}”）的安装文件，但来源网站不是{provider}的：假钱包应用就是这样散发的。"
              "{provider}的官方应用：{officials}。",
    },
    "lookalike_app": {
        "en": "{app} is named after {provider} (“{brand}”) but is not {provider}'s app; its apps: {officials}. App stores carry fakes named after real providers.",
        "zh": "{app} 用了{provider}的名字（“{brand}”），但不是{provider}的应用；其官方应用：{officials}。应用商店里有冒用真实品牌名称的假应用。",
    },
    "app_not_listed": {
        "en": "{app} is not an app the registry lists. App stores carry anyone's apps, fakes named after real providers among them: install a provider's app from the link on its own website.",
        "zh": "{app} 不在登记库列出的应用中。应用商店里谁的应用都有，包括冒用真实品牌名称的假应用：请通过官方网站上的链接安装应用。",
    },
    "app_not_listed_for_provider": {
        "en": "The registry lists none of {provider}'s apps in that store, so it cannot tell {app} from a fake: install {provider}'s app from the link on its own website.",
        "zh": "登记库未收录{provider}在该商店的应用，无法判断 {app} 是否仿冒：请通过{provider}官方网站上的链接安装其应用。",
    },
    "user_page": {
        "en": "{page} is the page of {account}, a user of {provider}, not of {provider} itself: anyone can open one and name it as they like.",
        "zh": "{page} 是{provider}用户 {account} 的页面，不是{provider}官方的：任何人都可以开设并随意命名。",
    },
    "message_number_not_official": {
        "en": "The message asks you to call {number}, which the registry does not list as {provider}'s: a message sent in {provider}'s name that gives another number than {provider}'s own is how forged senders reach their victims. Call {provider} only on a number listed here.",
        "zh": "这条消息让您拨打 {number}，登记库中它不是{provider}的号码：以{provider}名义发来、却留下其他号码的消息，正是冒充者联系受害人的方式。只拨打这里列出的{provider}号码。",
    },
    "message_reply_to_not_official": {
        "en": "Replies to this mail go to {address}, which is not at {provider}'s own domains: a sender's address is easily forged, and a Reply-To line sends your answer to whoever forged it. Do not reply; contact {provider} yourself.",
        "zh": "回复这封邮件会发往 {address}，它不在{provider}的官方域名下：发件人地址很容易伪造，“回复至”一栏会把您的回复送到伪造者手里。请不要回复，自行联系{provider}。",
    },
    "message_link_not_official": {
        "en": "The message asks you to open {link}, which the registry does not list as {provider}'s: a message sent in {provider}'s name with a link to another site than {provider}'s own is how forged senders take victims' details. Open {provider}'s app, or type its address yourself.",
        "zh": "这条消息让您打开 {link}，登记库中它不是{provider}的网址：以{provider}名义发来、却附上其他网站链接的消息，正是冒充者骗取受害人信息的方式。请打开{provider}的官方应用，或自己输入其官网地址。",
    },
    "package_name_read": {
        "en": "“{value}” is written as an Android app's package name (its first part {first}, as packages start), and is judged as the app {app}. If it is a web address, write it with https:// to have it judged as one.",
        "zh": "“{value}”的写法是安卓应用的包名（以 {first} 开头，包名都这样开头），按应用 {app} 来核验。如果它是网址，请加上 https:// 再查，就会按网址核验。",
    },
    "cashtag_read": {
        "en": "“{value}” is a $Cashtag, the name of a Cash App account: it is judged as that account's page, {page}.",
        "zh": "“{value}”是 $Cashtag，即一个 Cash App 账户的名字：按该账户的页面 {page} 来核验。",
    },
    "lookalike_hotline_in_domain": {
        "en": "{host} carries {number}, {provider}'s customer service number, in its name, but it is not a domain of "
              "{provider} (its domains: {officials}). Anyone can register a name with a hotline's digits in it, and fake "
              "help sites do.",
        "zh": "{host} 的名字里带有{provider}的客服号码 {number}，但它不是{provider}的域名（其域名：{officials}）。任何人都能注册带客服号码的域名，假客服网站常这样做。",
    },
    "hotline_named_domain": {
        "en": "{host} is named after {number}, {provider}'s customer service number. The registry does not list it as "
              "{provider}'s: it may be {provider}'s or anyone's. {provider}'s own domains: {officials}.",
        "zh": "{host} 以{provider}的客服号码 {number} 命名。本库未将其列为{provider}的域名：它可能属于{provider}，也可能属于任何人。{provider}的官方域名：{officials}。",
    },
    "lookalike_user_page": {
        "en": "{page} is the page of {account}, a user of {service} named after {provider} (“{brand}”): anyone can open one there and name it as they like, and what it says, asks or takes in payment is that user's, not {provider}'s. {provider}'s own sites are {officials}.",
        "zh": "{page} 是{service}用户 {account} 的页面，却用了{provider}的名字（“{brand}”）：任何人都可以在那里开设并随意命名，它说的话、提的要求和收的钱都是这个用户的，不是{provider}的。{provider}的官方网站是 {officials}。",
    },
    "user_payment_page": {
        "en": "{page} is a payment page that a user of {provider} made (an invoice, a payment link or button): {provider} carries it, but who gets paid, and every name, note and phone number on it, are that user's.",
        "zh": "{page} 是{provider}用户自己创建的收款页面（账单、付款链接或按钮）：页面由{provider}承载，但收款人以及上面的名称、备注和电话号码都是该用户写的。",
    },
    "wallet_link": {
        "en": "This {wallet} link opens {target} inside {wallet}'s own browser: the site to judge is {target}, not {wallet}. A site opened there can ask to connect your wallet and to sign away what is in it.",
        "zh": "这是{wallet}的链接，会在{wallet}内置浏览器中打开 {target}：要判断的是 {target}，而不是{wallet}。在那里打开的网站可以请求连接您的钱包，并诱导您签名转走其中的资产。",
    },
    "wallet_link_read_two_ways": {
        "en": "This {wallet} link reads as two sites: {wallet}'s app may open {target}, where the same link read another way (decoded once more, or tidied as a browser tidies it) shows {other}. The site to judge is {target}: a link made to show one site and open another is a trap.",
        "zh": "这个{wallet}链接可以读成两个网站：{wallet}应用可能会打开 {target}，而换一种读法（多解码一次，或按浏览器整理后的样子）看到的是 {other}。要判断的是 {target}：故意显示一个网站、实际打开另一个网站的链接是陷阱。",
    },
    "redirect_read_two_ways": {
        "en": "This {service} link reads as two sites: {service} may send you on to {target} as the link writes it, where the same link decoded shows {other}. The site to judge is {target}: a link made to show one site and open another is a trap.",
        "zh": "这个{service}链接可以读成两个网站：{service}可能会按链接原样把您转到 {target}，而解码后看到的是 {other}。要判断的是 {target}：故意显示一个网站、实际打开另一个网站的链接是陷阱。",
    },
    "app_link": {
        "en": "This {wallet} link opens {target} inside the {wallet} app: the site to judge is {target}, not {wallet}. A page opened there looks part of {wallet}; it can ask you to pay, or for your password or a code.",
        "zh": "这是{wallet}的链接，会在{wallet}应用内打开 {target}：要判断的是 {target}，而不是{wallet}。在那里打开的网页看起来像{wallet}的一部分，可能诱导您付款，或索要密码、验证码。",
    },
    "redirect": {
        "en": "This {service} link sends you on to {target}: the site to judge is {target}, not {service}, which only passes the link along.",
        "zh": "这是{service}的跳转链接，会把您转到 {target}：要判断的是 {target}，而不是只负责转发链接的{service}。",
    },
    "translated_page": {
        "en": "This is {target} shown through {service}, which fetches a site and translates it under an address of its own: "
              "the site to judge is {target}, not {service}. Phishing links use such addresses to hide their own.",
        "zh": "这是经{service}显示的 {target}：{service}会抓取网站、翻译后放在它自己的地址下。要判断的是 {target}，而不是{service}；"
              "钓鱼链接常借这种地址隐藏自己的网址。",
    },
    "shared_link": {
        "en": "This {service} share link opens {service} with a message to forward that holds {target}: the address to judge "
              "is {target}, not {service}, which only carries it.",
        "zh": "这是{service}的分享链接，会打开{service}并生成一条含有 {target} 的待转发消息：要判断的是 {target}，"
              "而不是只负责传递链接的{service}。",
    },
    "instant_view": {
        "en": "This is {target} shown through {service}, which fetches a page and shows it inside Telegram under an address "
              "of its own: the site to judge is {target}, not {service}.",
        "zh": "这是经{service}显示的 {target}：{service}会抓取网页，在 Telegram 内用它自己的地址显示。要判断的是 {target}，"
              "而不是{service}。",
    },
    "redirect_hidden": {
        "en": "This {service} link hides the address it sends you on to: what opens cannot be judged from the link, nor is it {service}'s own. Check the address you land on before you type anything there.",
        "zh": "这是{service}的跳转链接，隐藏了它要打开的真实地址：无法仅凭链接判断，打开的也不是{service}自己的网站。打开后请先核对地址栏中的网址，再输入任何信息。",
    },
    "chat_number": {
        "en": "This link opens a chat on {service} with {number}: the verdict is that number's. Anyone can put {service} on a number they hold and show any name and picture there.",
        "zh": "此链接会打开与 {number} 的{service}聊天：以下判断针对这个号码。任何人都可以用自己的号码注册{service}，并随意设置名称和头像。",
    },
    "chat_account_number": {
        "en": "This {service} account is given by its number, {number}: the verdict is that number's. Anyone can put {service} on a number they hold and show any name and picture there.",
        "zh": "这是以号码 {number} 给出的{service}账号：以下判断针对这个号码。任何人都可以用自己的号码注册{service}，并随意设置名称和头像。",
    },
    "chat_not_listed": {
        "en": "A {service} chat with {number} is not in our registry. That does not mean it is safe: only the channels we list are confirmed.",
        "zh": "与 {number} 的{service}聊天不在我们的登记库中。这并不代表它安全：只有我们列出的渠道是经过确认的。",
    },
    "chat_mismatch_not_listed": {
        "en": "A {service} chat with {number} is not among {claimed}'s official channels in our registry.",
        "zh": "与 {number} 的{service}聊天不在登记库收录的{claimed}官方渠道之中。",
    },
    "chat_with_listed_number": {
        "en": "{number} is {provider}'s phone number, but {provider} does not list it for {service}: call it rather than chat there.",
        "zh": "{number} 是{provider}的电话号码，但{provider}并未公布它可用于{service}：请直接拨打该号码，不要在那里聊天。",
    },
    "social_profile": {
        "en": "This is the {service} account {account}: the account is judged, not {service}'s site, where anyone can open one.",
        "zh": "这是{service}账号 {account}：以下判断针对该账号，而不是任何人都能开设账号的{service}网站。",
    },
    "social_handle": {
        "en": "This is the {service} account {account}: the account is judged.",
        "zh": "这是{service}账号 {account}：以下判断针对该账号。",
    },
    "lookalike_social_account": {
        "en": "{account} is named after {provider} (“{brand}”) but is not one of {provider}'s accounts there: {officials}. Anyone can open an account named after a provider, and fake support accounts answer people who ask the real one for help.",
        "zh": "{account} 用了{provider}的名字（“{brand}”），但不是{provider}在该平台的官方账号：{officials}。任何人都可以开设冒用品牌名称的账号，假客服账号专门回复向官方求助的用户。",
    },
    "named_after_provider": {
        "en": "{account} carries {provider}'s name (“{brand}”), but the registry lists no {provider} account {where}, so it cannot be told from {provider}'s own. Anyone can open an account named after a provider, and fake support accounts do: reach {provider} through its own channels.",
        "zh": "{account} 用了{provider}的名字（“{brand}”），但登记库中没有{provider}{where}的账号，无法分辨它是不是官方的。任何人都可以开设冒用品牌名称的账号，假客服账号正是这样做的：请通过{provider}的官方渠道联系。",
    },
    "named_after_hotline": {
        "en": "{account} carries {number}, {provider}'s customer service number, but the registry lists no {provider} account {where}, so it cannot be told from {provider}'s own. Anyone can open an account named with a hotline's digits, and fake support accounts do: reach {provider} through its own channels.",
        "zh": "{account} 带有{provider}的客服号码 {number}，但登记库中没有{provider}{where}的账号，无法分辨它是不是官方的。任何人都可以开设带客服号码的账号，假客服账号正是这样做的：请通过{provider}的官方渠道联系。",
    },
    "named_as_support": {
        "en": "{account} presents itself as {provider}'s support by its name (“{brand}”), and the registry lists no {provider} account on {service}.",
        "zh": "{account} 以名字（“{brand}”）自称{provider}的客服，而登记库中没有{provider}在{service}上的账号。",
    },
    "handle_named_after": {
        "en": "{account} carries {provider}'s name (“{brand}”) but is none of {provider}'s accounts in the registry: {officials}. Anyone can open an account named after a provider, and fake support accounts answer people who ask the real one for help.",
        "zh": "{account} 用了{provider}的名字（“{brand}”），但不是登记库中{provider}的任何官方账号：{officials}。任何人都可以开设冒用品牌名称的账号，假客服账号专门回复向官方求助的用户。",
    },
    "handle_listed_on": {
        "en": "{provider}'s own account of this name is on {places} only. On any other platform the same name can be anyone's: ask where the account is.",
        "zh": "{provider}叫这个名字的官方账号只在 {places}。在其他平台上，同名账号谁都可以注册：请确认该账号在哪个平台。",
    },
    "handle_without_platform": {
        "en": "{account} is an account's name without its platform, and anyone can take a name on each platform: give its address (x.com/…, t.me/…) or its platform's name (Telegram @…) to have it judged. Not knowing it does not make it safe.",
        "zh": "{account} 只是账号名，没有说明是哪个平台的，而每个平台上谁都可以取这个名字：请提供它的地址（x.com/…、t.me/…）或平台名称（如 Telegram @…）再查。查不到不代表安全。",
    },
    "beta_app_invite": {
        "en": "{page} is an invitation to test an app through Apple's TestFlight, sent by the app's developer, not by Apple: anyone with a developer account can send one, the app is not one from the App Store, and fake investment and wallet apps are handed out this way. Install a provider's app only from the App Store link on the provider's own website.",
        "zh": "{page} 是通过苹果 TestFlight 测试某个应用的邀请，由该应用的开发者发出，不是苹果发出的：任何有开发者账号的人都能发，这个应用也不是 App Store 上架的应用，虚假的投资和钱包应用正是这样散发的。请只从服务商官网上的 App Store 链接安装它的应用。",
    },
    "issued_pass": {
        "en": "{page} adds a pass to Google Wallet that its issuer made (a ticket, a loyalty card, an offer), not {provider}: anyone with an issuer account can make one, and the names, phone numbers and links on it are the issuer's.",
        "zh": "{page} 会把一张由发行方制作的卡券（门票、会员卡、优惠券）加入 Google 钱包，不是{provider}发的：任何有发行方账号的人都能制作，上面的名称、电话号码和链接都是发行方写的。",
    },
    "explorer_page": {
        "en": "{page} is {provider}'s block explorer page for {account}, an address or a transaction on a public blockchain. Every address and payment shows there, whoever made it: the page is {provider}'s, the address or the payment need not be. A wallet shown as a company's, or a transaction shown as your refund, proves nothing.",
        "zh": "{page} 是{provider}的区块浏览器页面，显示公链上的地址或交易 {account}：任何人的地址和转账都会显示在这里，页面是{provider}的，并不代表这个地址或这笔交易属于{provider}。把钱包说成公司的、把一笔交易说成给您的退款，都证明不了什么。",
    },
    "wallet_pairing": {
        "en": "{page} pairs {provider} with a site through WalletConnect: the link is {provider}'s, but the site it connects your wallet to is the one that made the pairing code, whoever's it is, not {provider}'s. Once connected, that site can ask your wallet to sign transactions that empty it. Connect only to a site you opened yourself: no support agent, refund or giveaway needs your wallet connected.",
        "zh": "{page} 会通过 WalletConnect 把{provider}与某个网站配对：链接是{provider}的，但它连接您钱包的网站是生成配对码的人，不是{provider}。一旦连接，那个网站就可以请求您的钱包签名，把里面的资产转走。只连接您自己打开的网站：任何客服、退款或空投都不需要连接您的钱包。",
    },
    "wallet_request": {
        "en": "{page} is an app's request to {provider} ({account}): to connect your wallet to the app, or to sign what the app sends. The link is {provider}'s, the request is the app's that made it, whoever's it is, not {provider}'s, and what you approve there can empty your wallet. Approve only requests from a site you opened yourself: no support agent, refund or giveaway needs one.",
        "zh": "{page} 是某个应用向{provider}发出的请求（{account}）：把您的钱包连接到该应用，或签署它发来的内容。链接是{provider}的，但请求是生成链接的那个应用发出的，不是{provider}的；您在那里批准的内容可能会把钱包里的资产转走。只批准您自己打开的网站发出的请求：任何客服、退款或空投都不需要这样做。",
    },
    "app_authorization": {
        "en": "{page} is {provider}'s page where you let an app into your {provider} account (the app {account}): the page is {provider}'s, but the app, its name and what it asks to do with your account are whoever registered it, not {provider}'s, and approving gives it that access until you remove it in your {provider} settings. Approve only an app you went to yourself: no support agent, refund or verification needs one.",
        "zh": "{page} 是{provider}的授权页面，让某个应用进入您的{provider}账户（应用 {account}）：页面是{provider}的，但这个应用、它的名称和它要对您账户做的事都属于注册它的人，不是{provider}的；一旦同意，它就拥有这些权限，直到您在{provider}的设置里把它移除。只授权您自己主动找到的应用：任何客服、退款或验证都不需要这样做。",
    },
    "mini_program": {
        "en": "{page} opens the mini program {account} inside {provider}: mini programs are made by merchants and developers as well as by {provider}, and the link does not say whose this one is, though it looks part of {provider}'s app. What it says, asks or takes in payment is its maker's.",
        "zh": "{page} 会在{provider}内打开小程序 {account}：小程序可以由商家和开发者制作，也可以是{provider}自己的，这个链接看不出是谁的，尽管它看起来像{provider}应用的一部分。它说的话、提的要求和收的钱都是制作者的。",
    },
    "community_post": {
        "en": "{page} is a post in {provider}'s community forum, written by a user, not by {provider}: the numbers and links in it are anyone's.",
        "zh": "{page} 是{provider}社区论坛里的用户帖子，不是{provider}官方发布的：其中的号码和链接谁都可以写。",
    },
    "note_left_out": {
        "en": "“{note}” after the number is a note, not part of it: the number before it is judged.",
        "zh": "号码后的“{note}”是备注，不是号码的一部分：判断的是它前面的号码。",
    },
    "label_read": {
        "en": "“{value}” is a number with its label: the number {number} is judged.",
        "zh": "“{value}”是号码加说明文字：核验的是号码 {number}。",
    },
    "markdown_link_read": {
        "en": "“{value}” is a link written in Markdown, as chat apps copy one: it shows “{shown}” and opens {address}, which is judged (what a link shows is no proof of where it goes).",
        "zh": "“{value}”是 Markdown 写法的链接（聊天软件复制出来就是这样）：它显示为“{shown}”，实际打开 {address}，核验的是后者（链接显示的文字不能证明它通向哪里）。",
    },
    "label_read_address": {
        "en": "“{value}” is an address with its label: {address} is judged.",
        "zh": "“{value}”是地址加说明文字：核验的是 {address}。",
    },
    "question_claim": {
        "en": "You ask whether {number} is {provider}'s: it is judged as a claim to be {provider}.",
        "zh": "您问 {number} 是不是{provider}的：按自称{provider}来核验。",
    },
    "question_read": {
        "en": "“{value}” asks about one number: {number} is judged.",
        "zh": "“{value}”询问的是一个号码：核验的是 {number}。",
    },
    "report_read": {
        "en": "“{value}” tells of a call or message from one number: {number} is judged, and what you say was asked of you "
              "is read as what they said.",
        "zh": "“{value}”讲的是来自一个号码的电话或信息：核验的是 {number}，您说对方要求的内容按对方的话术来判断。",
    },
    "question_read_address": {
        "en": "“{value}” asks about one address: {address} is judged.",
        "zh": "“{value}”询问的是一个地址：核验的是 {address}。",
    },
    "report_read_address": {
        "en": "“{value}” tells of a message and holds one address: {address} is judged, and the rest is read as what they "
              "said.",
        "zh": "“{value}”讲的是一条信息，其中有一个地址：核验的是 {address}，其余内容按对方的话术来判断。",
    },
    "report_claim": {
        "en": "You say {number} was presented as {provider}'s: it is judged as a claim to be {provider}.",
        "zh": "您说 {number} 自称是{provider}的：按自称{provider}来核验。",
    },
    "question_name_unknown": {
        "en": "You ask whether {number} is “{name}”'s: no provider we list is called that, so that part we cannot answer. "
              "What we know of the number itself follows; find their own number on their card, statement or website.",
        "zh": "您问 {number} 是不是“{name}”的：我们收录的机构中没有叫这个名字的，这一点无法回答。下面是我们对这个号码本身的了解；"
              "请在对方的卡片、账单或官网上查找其官方号码。",
    },
    "keypad_letters_claim": {
        "en": "Its letters, “{label}”, spell {provider}'s name: judged as a claim to be {provider}.",
        "zh": "号码中的字母“{label}”拼出的是{provider}的名字：按自称{provider}来核验。",
    },
    "chat_link_message_claim": {
        "en": "The link writes a message for you to send, “{text}”: it presents the chat as {provider}'s help, judged as a claim to be {provider}.",
        "zh": "这个链接替你写好了要发送的消息“{text}”：它把这个聊天说成是{provider}的客服，按自称{provider}来核验。",
    },
    "message_claim": {
        "en": "The message says its sender is {provider} (“{words}”): judged as a claim to be {provider}.",
        "zh": "这条消息说发送者是{provider}（“{words}”）：按自称{provider}来核验。",
    },
    "label_claim": {
        "en": "Its label, “{label}”, presents it as {provider}'s: judged as a claim to be {provider}.",
        "zh": "说明文字“{label}”把它说成是{provider}的：按自称{provider}来核验。",
    },
    "sender_name_claim": {
        "en": "The sender's name, “{name}”, claims to be {provider}.",
        "zh": "发件人名称“{name}”自称是{provider}。",
    },
    "sender_name_shows_address": {
        "en": "The sender's name shows {shown}, an address of {provider}'s, but the mail comes from {address}: the name is only text anyone can write.",
        "zh": "发件人名称显示为 {shown}（{provider}的地址），但邮件实际来自 {address}：名称只是任何人都能填写的文字。",
    },
    "lookalike_number_country": {
        "en": "{value} has the digits of {provider}'s official {official}, but in another country.",
        "zh": "{value} 与{provider}的官方号码 {official} 数字相同，但国家/地区不同。",
    },
    "lookalike_short_code_extended": {
        "en": "{value} is {provider}'s short code {official} with digits added; a short code has no longer or international form.",
        "zh": "{value} 是在{provider}的短号码 {official} 上加了数字；短号码没有加长或国际拨号的形式。",
    },
    "lookalike_short_code_international": {
        "en": "{value} is {provider}'s short code {official} with a country code in front: a short code has no international form, so a call or text that shows one comes from abroad or is forged.",
        "zh": "{value} 是在{provider}的短号码 {official} 前面加了国家代码：短号码没有国际拨号形式，显示这种号码的来电或短信来自境外或是伪造的。",
    },
    "lookalike_brand_in_domain": {
        "en": "{host} contains the name “{brand}” but is not a domain of {provider} (its domains: {officials}).",
        "zh": "{host} 含有“{brand}”字样，但不是{provider}的域名（其官方域名：{officials}）。",
    },
    "lookalike_brand_in_mailbox": {
        "en": "The mailbox name {mailbox} carries the name “{brand}”, but the address is at {host}, where anyone can open a mailbox and name it so; {provider}'s domains are {officials}.",
        "zh": "邮箱名 {mailbox} 含有“{brand}”字样，但地址在 {host}，任何人都能在那里开设邮箱并这样命名；{provider}的官方域名是 {officials}。",
    },
    "lookalike_hotline_in_mailbox": {
        "en": "The mailbox name {mailbox} carries {number}, {provider}'s customer service number, but the address is at {host}, where anyone can open a mailbox and name it so; {provider}'s domains are {officials}.",
        "zh": "邮箱名 {mailbox} 带有{provider}的客服号码 {number}，但地址在 {host}，任何人都能在那里开设邮箱并这样命名；{provider}的官方域名是 {officials}。",
    },
    "lookalike_confusable_in_domain": {
        "en": "{host} contains “{part}”: {provider}'s name “{brand}” in look-alike characters. It is not a domain of {provider} (its domains: {officials}).",
        "zh": "{host} 含有“{part}”：这是用形似字符拼写的{provider}名称“{brand}”。它不是{provider}的域名（其官方域名：{officials}）。",
    },
    "lookalike_misspelled_in_domain": {
        "en": "{host} contains “{part}”: {provider}'s name “{brand}” misspelled. It is not a domain of {provider} (its domains: {officials}).",
        "zh": "{host} 含有“{part}”：这是{provider}名称“{brand}”的错拼。它不是{provider}的域名（其官方域名：{officials}）。",
    },
    "lookalike_edit_distance": {
        "en": "{host} is a near-miss spelling of {provider}'s {official}.",
        "zh": "{host} 与{provider}的 {official} 拼写只差一点。",
    },
    "no_site_listed": {
        "en": "{host} carries {provider}'s name, but the registry lists no website of {provider}'s to hold it against, so it is neither confirmed nor refused as {provider}'s. Reach {provider} through the channels listed here.",
        "zh": "{host} 使用了{provider}的名字，但登记库没有收录{provider}的任何网站可供比对，因此既不能确认、也不能否认它属于{provider}。请通过这里列出的渠道联系{provider}。",
    },
    "other_country_ending": {
        "en": "{host} has {provider}'s name under a country's ending (.{ending}). Providers often hold their name in the countries they serve, but the registry does not list this one, so it is not confirmed as {provider}'s: to be sure, type {official} yourself.",
        "zh": "{host} 使用了{provider}的名字和一个国家或地区的后缀（.{ending}）。服务商常在其服务的国家或地区注册自己的名字，但本登记册没有收录这个域名，无法确认它属于{provider}：为稳妥起见，请自己输入 {official}。",
    },
    "near_ordinary_word": {
        "en": "{host} resembles {provider}'s {official}, but “{word}” is an ordinary English word or a name others use too, so the site may well be someone else's. It is not {provider}'s: if you meant {provider}, type {official} yourself.",
        "zh": "{host} 与{provider}的 {official} 相似，但“{word}”是一个普通英文单词或别人也在用的名字，这个网站很可能属于别人。它不是{provider}的网站：如果您要找{provider}，请自己输入 {official}。",
    },
    "lookalike_confusable": {
        "en": "{host} uses characters that look like {provider}'s {official} but are different.",
        "zh": "{host} 使用了与{provider}的 {official} 形似但不同的字符。",
    },
    "lookalike_other_ending": {
        "en": "{host} has {provider}'s name with another ending; its registered domains are {officials}.",
        "zh": "{host} 使用了{provider}的名字但后缀不同；其官方域名是 {officials}。",
    },
    "lookalike_brand_subdomain": {
        "en": "{host} puts {official} in front of another domain; the site you would really reach is {registrable}.",
        "zh": "{host} 把 {official} 放在了另一个域名前面；你实际访问的是 {registrable}。",
    },
    "domain_in_front": {
        "en": "{host} puts {front} in front of another domain: the site you would really reach is {registrable}, whatever the start of its name says.",
        "zh": "{host} 把 {front} 放在了另一个域名前面：你实际访问的是 {registrable}，与名字开头写的无关。",
    },
    "official_host_in_path": {
        "en": "{named}, {provider}'s site, is only written further along the address, where it decides nothing: the site you would reach is {host}, not {provider}'s.",
        "zh": "{named}（{provider}的网站）只是写在网址后面的部分，并不决定去向：实际访问的网站是 {host}，不是{provider}的。",
    },
    "carries_lookalike_address": {
        "en": "This address is on {host}, but it carries another one, {carried}, a look-alike of {provider}'s site: where the page sends you on to it (as a sign-in's return address or a redirect does), you leave {host} for a site that is not {provider}'s. Do not sign in through this link; type the site's address yourself.",
        "zh": "这个地址在 {host} 上，但其中夹带了另一个地址 {carried}，是仿冒{provider}网站的地址：如果页面把你转到那里（如登录后的跳转地址或重定向），你就离开了 {host}，进入了不是{provider}的网站。不要通过这个链接登录，请自己输入网址。",
    },
    "symbol_in_host": {
        "en": "{host} is written with {symbols}, which the rules for international site names (IDNA2008) do not allow: a browser opens it all the same, as {ascii_host}, a name of its own, whatever it looks like.",
        "zh": "{host} 中含有 {symbols}，国际化域名规则（IDNA2008）不允许网站名称中出现这样的字符：浏览器仍会把它当作 {ascii_host} 打开，这是另一个独立的名称，不管它看起来像什么。",
    },
    "url_userinfo": {
        "en": "The address hides its real destination: the part before '@' ({userinfo}) is ignored; it goes to {host}.",
        "zh": "这个地址隐藏了真实去向：'@' 前面的部分（{userinfo}）会被忽略，实际访问的是 {host}。",
    },
    "sms_service_port": {
        "en": "{value} is an SMS service number (106…): Chinese carriers give such numbers to businesses to send texts from, and they take no calls. Banks, shops and the agents that send their texts all use them, so the number says nothing about who sent the message.",
        "zh": "{value} 是短信服务号码（106开头）：运营商分配给企业群发短信使用，不能回拨。银行、商家及代发短信的服务商都用这类号码，所以号码本身不能说明短信是谁发的。",
    },
    "sms_port_not_listed": {
        "en": "{value} is not in our registry, which lists few such numbers: providers seldom publish them. Judge the message by what it asks, and check it in the provider's own app or on its official number.",
        "zh": "{value} 不在我们的登记库中，库里这类号码很少：机构很少公布它们。请根据短信的内容判断，并在官方应用里或拨打官方电话核实。",
    },
    "free_mailbox": {
        "en": "{address} is a mailbox at {service}, where anyone can open one under any name: it tells nothing of who holds it. "
              "It is not in our registry; that does not mean it is safe.",
        "zh": "{address} 是{service}的邮箱，任何人都能在那里用任何名字开设：它说明不了持有人是谁。它不在我们的登记库中；这并不代表它安全。",
    },
    "free_mailbox_not_listed": {
        "en": "{address} is a mailbox at {service}, where anyone can open one under any name; it is not among {claimed}'s official channels in our registry.",
        "zh": "{address} 是{service}的邮箱，任何人都能在那里用任何名字开设；它不在登记库收录的{claimed}官方渠道之中。",
    },
    "unknown_value": {
        "en": "{value} is not in our registry. That does not mean it is safe: only the channels we list are confirmed.",
        "zh": "{value} 不在我们的登记库中。这并不代表它安全：只有我们列出的渠道是经过确认的。",
    },
    "unverified_listing": {
        "en": "{value} is named as {provider}'s by an unverified source only; we do not publish it as official.",
        "zh": "只有未经核实的来源称 {value} 属于{provider}；我们不把它当作官方渠道。",
    },
    "claimed_provider_unknown": {
        "en": "We do not know a provider called “{claim}”, so we cannot confirm any channel of it.",
        "zh": "我们不认识名为“{claim}”的机构，无法确认它的任何渠道。",
    },
    "invalid_value": {
        "en": "“{value}” is not a possible phone number, domain, email address, app or account: {problem}.",
        "zh": "“{value}” 不是有效的电话号码、域名、邮箱、应用或账号：{problem}。",
    },
    "invalid_value_of_kind": {
        "en": "“{value}” is not a possible {kind}, which the request says it is: {problem}. Leave the kind out to have it "
              "read as whatever it is.",
        "zh": "“{value}” 不是有效的{kind}（请求中指定的类型）：{problem}。不指定类型即可按其实际内容识别。",
    },
    "region_needed": {
        "en": "“{value}” has no country code and no region was given, so it cannot be checked: it is a valid number in {regions}.",
        "zh": "“{value}” 没有国家或地区代码，也未指定地区，无法核查：它在以下地区是有效号码：{regions}。",
    },
    "region_not_needed_not_listed": {
        "en": "“{value}” has no country code and no region was given: it is a valid number in {regions}. Whichever it is, "
              "it is not among {provider}'s official channels in our registry.",
        "zh": "“{value}” 没有国家或地区代码，也未指定地区：它在以下地区是有效号码：{regions}。无论是哪里的号码，都不在登记库收录的{provider}官方渠道之中。",
    },
    "region_not_needed": {
        "en": "“{value}” has no country code and no region was given: it is a valid number in {regions}. Whichever it is, "
              "{provider}'s own words below answer it.",
        "zh": "“{value}” 没有国家或地区代码，也未指定地区：它在以下地区是有效号码：{regions}。无论是哪里的号码，下面{provider}自己的说明都适用。",
    },
    "no_number_in_region": {
        "en": "“{value}” is no valid number in {region}; written this way it is a number in {regions}. If it came from another country, check it with that country as the region.",
        "zh": "“{value}” 在{region}不是有效号码；这种写法在以下地区是有效号码：{regions}。如果它来自别的国家或地区，请以那个地区再核查一次。",
    },
    "region_needed_without_plus": {
        "en": "“{value}” is written without “+” and no region was given, so which number it is depends on where it was seen. {read_as} {official}, an official number of {provider}; but a phone in {elsewhere} dials these very digits as a number there, not {provider}'s. {check_again}",
        "zh": "“{value}” 前面没有“+”，也未指定地区，它是哪个号码取决于在哪里看到。{read_as}{official}，{provider}的官方号码；但在 {elsewhere} 拨打这串数字，接通的是当地的号码，不是{provider}的。{check_again}",
    },
    # The two ways digits without "+" can be the registered number: its country code written without the "+"
    # ("18882211161"), or its national number, as its country writes it without grouping ("8882211161")
    "with_plus_in_front": {"en": "With “+” in front it is", "zh": "前面加上“+”，它是 "},
    "read_in_its_country": {"en": "Read in {region}, it is", "zh": "在 {region} 看到时，它是 "},
    "check_again_with_region_or_plus": {
        "en": "Check it again with the region where you saw it, or with the “+” if it was shown.",
        "zh": "请指定看到号码的地区再核查；若号码显示时带有“+”，请加上再核查。",
    },
    "check_again_with_region": {"en": "Check it again with the region where you saw it.", "zh": "请指定看到号码的地区再核查。"},
    "region_needed_listed": {
        "en": "Read in {region}, it is {value}, an official number of {provider}: if that is where it is from, check it again with region {region}.",
        "zh": "按 {region} 理解，它是 {value}，{provider}的官方号码；若号码来自该地区，请指定地区 {region} 再核查。",
    },
    "and_more": {
        "en": " and {count} more",
        "zh": " 等（另有 {count} 个）",
    },
    "reading_chosen": {
        "en": "Read as {reading}: {why}.",
        "zh": "按 {reading} 理解：{why}。",
    },
    "extension": {
        "en": "Then extension or menu key {extension}: the number dialled is {value}, and the extension is not part of it.",
        "zh": "之后转分机或按键 {extension}：拨打的号码是 {value}，分机号不属于号码本身。",
    },
    "official_reading_elsewhere": {
        "en": "With another country code, the same digits are {official}, an official number of {provider}. But a number shown without its country code is what a phone in {region} dials: {value}. If what you saw began with + or 00, check it as it was written.",
        "zh": "换一个国家代码，这串数字是{provider}的官方号码 {official}。但不带国家代码的号码，在 {region} 的手机上拨出去就是 {value}。如果您看到的号码以 + 或 00 开头，请按原样重新查询。",
    },
    "reading_alternatives": {
        "en": "It could also be read as {alternatives}.",
        "zh": "它也可能被理解为 {alternatives}。",
    },
    "report_without_value": {
        "en": "“{value}” tells of a call or message from someone presenting as {provider}, with no number, site or email to check: what you say they asked is read against {provider}'s own words, and {provider}'s own channels are listed here.",
        "zh": "“{value}”讲的是一通自称{provider}的来电或一条消息，没有可核验的号码、网址或邮箱：按{provider}自己的说法来核对对方的要求；这里列出的是{provider}的官方渠道。",
    },
    "report_with_several_numbers": {
        "en": "“{value}” tells of a call or message from someone presenting as {provider} and holds {count} numbers: check each one on its own. What you say they asked is read against {provider}'s own words, and {provider}'s own channels are listed here.",
        "zh": "“{value}”讲的是一通自称{provider}的来电或一条消息，其中有 {count} 个号码：请逐个单独核验。按{provider}自己的说法来核对对方的要求；这里列出的是{provider}的官方渠道。",
    },
    "question_without_value": {
        "en": "“{value}” asks what {provider} does, with no number, site or email to check: {provider}'s own words answer it, and {provider}'s own channels are listed here.",
        "zh": "“{value}”问的是{provider}会不会这样做，没有可核验的号码、网址或邮箱：以{provider}自己的说法作答；这里列出的是{provider}的官方渠道。",
    },
    "report_without_value_or_provider": {
        "en": "“{value}” tells of a call or message with no number, site or email to check, from no provider in our registry: what you say they asked is read as the caller's words.",
        "zh": "“{value}”讲的是一通来电或一条消息，没有可核验的号码、网址或邮箱，对方自称的机构也不在登记库中：按对方的话来读您转述的要求。",
    },
    "registered_sms_sender": {
        "en": "Written “{sender}”, it is a registered sender's name as a Hong Kong phone shows it (OFCA's SMS Sender Registration Scheme: the networks there block any other text that uses “#”). The registry does not list which names are {provider}'s: check it in OFCA's list of registered senders, and still give no code or password in reply to a text.",
        "zh": "写作“{sender}”时，它是香港手机显示的已登记短信发送人名称（OFCA 短讯发送人登记制：其他短信若使用“#”会被网络拦截）。登记库没有收录哪些名称属于{provider}：请在 OFCA 的已登记发送人名单中核对，而且回复短信时仍然不要提供任何验证码或密码。",
    },
    "provider_named": {
        "en": "“{value}” names {provider}: it is not a number, site or email to check. {provider}'s own channels are listed here.",
        "zh": "“{value}”是{provider}的名称，不是要核验的号码、网址或邮箱。这里列出的是{provider}自己的官方渠道。",
    },
    "provider_name_resembled": {
        "en": "“{value}” is not a number, site or email to check, nor {provider}'s name as {provider} writes it: it is a letter "
              "or a look-alike character away from it. If you saw it as a sender's, an account's or an app's name, it may be "
              "someone passing as {provider}; if you meant {provider}, its own channels are listed here.",
        "zh": "“{value}”不是要核验的号码、网址或邮箱，也不是{provider}名称的正确写法：差一个字母或形近字符。如果这是您看到的发件人、"
              "账号或应用名称，可能有人在冒充{provider}；如果您要找的是{provider}，这里列出的是{provider}自己的官方渠道。",
    },
    "provider_name_carried": {
        "en": "“{value}” is not a number, site or email to check: it is a name that carries {provider}'s (“{brand}”), as anyone "
              "may name an account, a sender or an app. If you saw it as one, that does not make it {provider}'s; if you meant "
              "{provider}, its own channels are listed here.",
        "zh": "“{value}”不是要核验的号码、网址或邮箱：这个名称里带有{provider}的名字（“{brand}”），任何人都能这样给账号、发件人或应用"
              "起名。如果这是您看到的名称，它并不因此就是{provider}的；如果您要找的是{provider}，这里列出的是{provider}自己的官方渠道。",
    },
    "red_flags_found": {
        "en": "The message has {count} warning sign(s) of a scam script: {titles}.",
        "zh": "对方的话术中有 {count} 个诈骗信号：{titles}。",
    },
    "red_flags_told": {
        "en": "What you say they asked or told you has {count} warning sign(s) of a scam script: {titles}.",
        "zh": "您描述的对方话术中有 {count} 个诈骗信号：{titles}。",
    },
    "signs_together": {
        "en": "Several signs of a scam script together: {titles}. One alone can be in an honest message; together they are how scams talk.",
        "zh": "多个诈骗信号同时出现：{titles}。单独一个可能出现在正常消息里，同时出现就是诈骗话术。",
    },
    "on_platform": {  # in named_after_provider
        "en": "on {service}",
        "zh": "在{service}上",
    },
    "none_listed": {
        "en": "none listed in the registry",
        "zh": "登记库中未列出",
    },
    "on_any_platform": {
        "en": "on any platform",
        "zh": "在任何平台上",
    },
    "list_separator": {  # between the items of a list in a sentence whose items may hold commas or "or"
        "en": "; ",
        "zh": "、",
    },
}

POLICY_HEADLINES: dict[str, dict[str, str]] = {
    "no_phone_support": {"en": "{provider} has no phone support", "zh": "{provider}没有电话客服"},
    "callback_only": {"en": "{provider} has no number to call: its phone support is a call back you ask for in its app",
                      "zh": "{provider}没有可拨打的客服电话：电话客服只能在其应用内申请回电"},
    "never_calls_unsolicited": {"en": "{provider} does not call people unless they asked for it", "zh": "{provider}不会主动给用户打电话"},
    "never_asks_otp": {"en": "{provider} never asks for your verification code", "zh": "{provider}从不索要验证码"},
    "never_asks_password": {"en": "{provider} never asks for your password or PIN", "zh": "{provider}从不索要密码"},
    "never_asks_seed_phrase": {"en": "{provider} never asks for your recovery phrase", "zh": "{provider}从不索要助记词"},
    "never_asks_remote_access": {"en": "{provider} never asks for remote access or screen sharing", "zh": "{provider}从不要求远程控制或屏幕共享"},
    "never_asks_transfer": {"en": "{provider} never asks you to move money to another account", "zh": "{provider}从不要求你把钱转到其他账户"},
    "never_dms_first": {"en": "{provider} never sends the first direct message", "zh": "{provider}从不主动私信用户"},
    "never_sends_links_by_sms": {"en": "{provider} does not send links by text message", "zh": "{provider}不会通过短信发送链接"},
    "contact_only_via": {"en": "{provider} can be contacted only through its listed channels", "zh": "{provider}只通过其列出的渠道提供服务"},
}

WHY: dict[str, dict[str, str]] = {
    "registered": {"en": "that reading is a channel in the registry", "zh": "该读法与登记库中的渠道一致"},
    "international": {"en": "it is written with its country code", "zh": "号码带有国家代码"},
    "grouping": {"en": "its digit groups are how numbers are written in {region}", "zh": "其分组方式符合 {region} 的号码写法"},
    "region": {"en": "the region you gave is {region}", "zh": "你指定的地区是 {region}"},
    "claimed_home": {"en": "it has no country code, and the provider claimed serves {region}",
                     "zh": "号码未带国家代码，所称机构服务于 {region}"},
    "keypad": {"en": "its letters, read on a phone's keypad, spell a North American number", "zh": "其字母按手机键盘换成数字，是一个北美号码"},
    "as_written_here": {"en": "it is a valid number as written in {region}, the region you gave", "zh": "按你指定的地区 {region}，照原样写的是一个有效号码"},
    "short_code": {"en": "{digits} is a short code in {region}", "zh": "{digits} 是 {region} 的短号码"},
    "only": {"en": "it is the only possible reading", "zh": "这是唯一可能的读法"},
    "written_in_its_country": {"en": "it is no number in {asked}, and is written as {region} writes its numbers, where the registry lists it",
                               "zh": "它在 {asked} 不是有效号码，而是按 {region} 的写法写的号码，登记库收录于该地区"},
    "menu_option": {"en": "{digits} is a short code in {region}, followed by a menu option", "zh": "{digits} 是 {region} 的短号码，后面是语音菜单选项"},
    "area_code_form": {"en": "{digits} is a Chinese service number dialled with the area code {area}, as it is from another area or from abroad (+86 {area} {digits})",
                       "zh": "{digits} 是全国统一服务号码，前面是区号 {area}：异地或境外即如此拨打（+86 {area} {digits}）"},
}

# A verdict's name where a Chinese answer shows its code (the command line's; the code follows, for scripts).
VERDICT_NAMES_ZH = {
    "official": "官方渠道", "retired": "已停用", "known_scam": "已确认诈骗", "lookalike": "仿冒", "mismatch": "不符",
    "contradicts_policy": "违背官方声明", "unknown": "未收录", "invalid": "无法识别",
}


KIND_NAMES = {
    "phone": {"en": "phone number", "zh": "电话"},
    "short_code": {"en": "short code", "zh": "短号码"},
    "website": {"en": "website", "zh": "网站"},
    "email_domain": {"en": "email domain", "zh": "邮箱域名"},
    "app": {"en": "app", "zh": "应用"},
    "social": {"en": "social account", "zh": "社交账号"},
    "chat": {"en": "chat", "zh": "在线客服"},
}

# What a request's kind is called where the answer says a value is no such kind (invalid_value_of_kind): the channels'
# kinds' names, a number and an account said whole, and the kinds a request has beside them
REQUESTED_KIND_NAMES = {
    **{kind: KIND_NAMES[kind] for kind in ("short_code", "website", "email_domain", "app")},
    "phone": {"en": "phone number", "zh": "电话号码"},
    "social": {"en": "account", "zh": "账号"},
    "url": {"en": "web address", "zh": "网址"},
    "domain": {"en": "domain", "zh": "域名"},
    "email": {"en": "email address", "zh": "邮箱地址"},
}

PURPOSE_NAMES = {
    "customer_service": {"en": "customer service", "zh": "客服"},
    "complaints": {"en": "complaints", "zh": "投诉"},
    "fraud_report": {"en": "fraud reports", "zh": "举报诈骗"},
    "merchant": {"en": "merchant service", "zh": "商户服务"},
    "lost_card": {"en": "lost cards", "zh": "挂失"},
    "emergency": {"en": "emergency", "zh": "紧急报警"},
}

ADVICE: dict[str, dict[str, str]] = {
    "official": {
        "en": "This channel is official. If someone contacted you, still hang up and call it yourself: numbers can be spoofed.",
        "zh": "这是官方渠道。如果是对方主动联系你，仍请挂断后自己拨打：号码可以伪造。",
    },
    "official_but_scam_script": {
        "en": "The number or address is {provider}'s, but what was asked is a scam's, and caller ID can be forged: hang up, do none of it, and call {provider} yourself on a channel listed here.",
        "zh": "号码或地址确实是{provider}的，但对方的要求是诈骗的手法，而且来电显示可以伪造：请挂断，不要照做，并自己拨打这里列出的{provider}官方渠道核实。",
    },
    "call_official_yourself": {
        "en": "Hang up. Contact {provider} only through the channels listed here, which you dial or type yourself.",
        "zh": "请挂断。只通过这里列出的{provider}官方渠道、由你自己拨打或输入地址联系。",
    },
    "never_share": {
        "en": "Never share a verification code, password, PIN or recovery phrase, never install screen-sharing apps, never move money to a 'safe account'.",
        "zh": "不要透露验证码、密码或助记词，不要下载屏幕共享软件，不要把钱转到所谓“安全账户”。",
    },
    "unknown": {
        "en": "We cannot vouch for it. Do not act on what it asks; find the organisation's contact yourself in its app or on its official site.",
        "zh": "我们无法为它担保。不要按对方要求操作；请在官方应用或官网自己查找联系方式。",
    },
    "report": {
        "en": "If you lost money or shared a code, call your bank at once and report it to the places listed here.",
        "zh": "如果已经转账或泄露了验证码，请立即联系银行，并向这里列出的机构报案。",
    },
    "report_to_the_police": {
        "en": "If you lost money or shared a code, call your bank at once and report it to the police.",
        "zh": "如果已经转账或泄露了验证码，请立即联系银行，并向警方报案。",
    },
    "give_region": {
        "en": "Check it again with the country it is from (region CN, US …) or written with its country code (+86 …).",
        "zh": "请指定号码所属的国家或地区（如 CN、US）或加上国家代码（如 +86）后再查询。",
    },
    "provider_named": {
        "en": "Contact {provider} only through the channels listed here, or those in its own app or on its own site: "
              "a number from a search result or a message may be a fake.",
        "zh": "只通过这里列出的渠道、或{provider}官方应用和官网里的渠道联系它：搜索结果或消息里的号码可能是假的。",
    },
    "check_input": {
        "en": "Check what you typed: paste the number, address or email exactly as you received it.",
        "zh": "请检查输入：按收到的原样粘贴号码、网址或邮箱。",
    },
}

# What to do first where the value is no number: ADVICE's words are for a call ("Hang up"), but a site is
# closed, a mail left unanswered, a chat or an account left, an app not installed. By the kind of value
# checked; a messaging app's link to a number (wa.me/…) is a chat, though the number is what is judged.
_ACCOUNT_ADVICE = {
    "official": {
        "en": "This account is {provider}'s. Still, a name and a picture can be copied: if an account wrote to you first, "
              "stop replying and contact {provider} yourself in its app or on its site.",
        "zh": "这是{provider}的官方账号。但名称和头像都可以照搬：如果是对方先联系你，请停止回复，自己在{provider}的官方应用或官网里联系它。",
    },
    "official_but_scam_script": {
        "en": "The account is {provider}'s, but what was asked is a scam's, and accounts can be copied or taken over: stop "
              "replying, do none of it, and contact {provider} yourself on a channel listed here.",
        "zh": "账号确实是{provider}的，但对方的要求是诈骗的手法，而且账号可以被仿冒或盗用：请停止回复，不要照做，并自己通过这里列出的{provider}官方渠道核实。",
    },
    "call_official_yourself": {
        "en": "Stop replying, and open nothing it sends you. Contact {provider} only through the channels listed here.",
        "zh": "请停止回复，也不要打开对方发来的任何东西。只通过这里列出的{provider}官方渠道联系。",
    },
}
# (an app named after a provider, and an installer of one, are not installed alike)
_DO_NOT_INSTALL_IT = {
    "en": "Do not install it, and remove it if you did. Get {provider}'s app only through the link on its own site, "
          "and contact {provider} only through the channels listed here.",
    "zh": "不要安装它；已经安装的请卸载。只通过{provider}官网上的链接下载其应用，只通过这里列出的官方渠道联系{provider}。",
}
ADVICE_BY_KIND: dict[str, dict[str, dict[str, str]]] = {
    # a number its label calls another kind of number, an account's ID, an order's or a case's: no typing mistake
    "another_number": {
        "check_input": {
            "en": "There is nothing to call here. If someone gave you these digits as a number to call, text or pay, check "
                  "them alone; an account's ID or a case's number is safe to look up only in the provider's own app or site.",
            "zh": "这里没有可拨打的号码。如果有人把这串数字当作电话号码让你拨打、发短信或付款，请单独核验；账户ID、工单号之类"
                  "只应在官方应用或官网里查询。",
        },
    },
    # a remote-access app's site or a meeting's invitation: nothing to close or leave unanswered, but a step not to take
    "remote_session": {
        "unknown": {
            "en": "Install nothing and join nothing: whoever is on the other end would see your screen, and with an app, "
                  "control it. If you already let someone in, disconnect from the internet, uninstall the app or leave the "
                  "meeting, and call your bank on a number you look up yourself.",
            "zh": "不要安装，也不要加入：对方能看到你的屏幕，装了远程软件还能操作你的设备。如果已经让对方连上，请立即断网，"
                  "卸载软件或退出会议，并自己查号码联系银行。",
        },
        "call_official_yourself": {
            "en": "Hang up, and install or join nothing: whoever is on the other end would see your screen, and with an app, "
                  "control it. Contact {provider} only through the channels listed here.",
            "zh": "请挂断，不要安装也不要加入：对方能看到你的屏幕，装了远程软件还能操作你的设备。只通过这里列出的{provider}官方渠道联系。",
        },
    },
    "website": {
        "official": {
            "en": "This site is official. Still, go to it by typing its address or from the provider's app, not through a "
                  "link in a message: a link can show one address and open another.",
            "zh": "这是官方网站。但请自己输入网址或从官方应用进入，不要点消息里的链接：链接显示的地址和实际打开的可能不同。",
        },
        "official_but_scam_script": {
            "en": "The site is {provider}'s, but what was asked is a scam's: do none of it, and reach {provider} yourself on "
                  "a channel listed here, typing its address rather than following a link you were sent.",
            "zh": "网站确实是{provider}的，但对方的要求是诈骗的手法：不要照做，请自己通过这里列出的{provider}官方渠道核实，网址自己输入，不要点对方发来的链接。",
        },
        "call_official_yourself": {
            "en": "Close the page and type nothing into it: no password, code or card number. Reach {provider} only through "
                  "the channels listed here, typing its address yourself.",
            "zh": "请关闭这个网页，不要在里面输入任何内容（密码、验证码、卡号都不要）。只通过这里列出的{provider}官方渠道联系，网址请自己输入。",
        },
    },
    "email_domain": {
        "official": {
            "en": "This address is at {provider}'s own domain, but a sender's address can be forged: do not click the mail's "
                  "links or answer it; go to {provider}'s site or app yourself.",
            "zh": "这个地址确实在{provider}自己的域名下，但发件人地址可以伪造：不要点邮件里的链接，也不要回复；请自己打开{provider}的官网或应用。",
        },
        "official_but_scam_script": {
            "en": "The address is {provider}'s, but what was asked is a scam's, and a sender's address can be forged: do none "
                  "of it, do not click its links or answer it, and go to {provider}'s site or app yourself.",
            "zh": "邮箱地址确实是{provider}的，但对方的要求是诈骗的手法，而且发件人地址可以伪造：不要照做，不要点其中的链接，也不要回复；请自己打开{provider}的官网或应用核实。",
        },
        "call_official_yourself": {
            "en": "Do not answer the mail or click its links: a sender's name and address can be forged. Go to {provider}'s "
                  "site or app yourself, or use the channels listed here.",
            "zh": "不要回复这封邮件，也不要点其中的链接：发件人名称和地址都可以伪造。请自己打开{provider}的官网或应用，或通过这里列出的渠道联系。",
        },
    },
    "social": _ACCOUNT_ADVICE,
    "chat": _ACCOUNT_ADVICE,
    # an app's installer, or a link that installs one outside the store: not installed ("Close the page" was a site's words)
    "app_file": {
        "official": {
            "en": "It is on {provider}'s own site. Still, install {provider}'s app from your phone's store or from the link on its "
                  "site yourself, not from a link someone sent you.",
            "zh": "它在{provider}自己的网站上。但请自己从手机的应用商店或{provider}官网上的链接安装，不要用别人发来的链接安装。",
        },
        "official_but_scam_script": {
            "en": "It is on {provider}'s own site, but what was asked is a scam's: do none of it, and install {provider}'s app only "
                  "from your phone's store or the link on its site yourself.",
            "zh": "它确实在{provider}的网站上，但对方的要求是诈骗的手法：不要照做，请只从手机的应用商店或{provider}官网上的链接自己安装。",
        },
        "unknown": {
            "en": "Do not install it, and remove it if you did: install apps only from your phone's store, or from the link on "
                  "the provider's own site.",
            "zh": "不要安装它；已经安装的请卸载。只从手机的应用商店，或服务商官网上的链接安装应用。",
        },
        "call_official_yourself": _DO_NOT_INSTALL_IT,
    },
    # a number that wrote, in a text or a chat: not answered, its links not opened (a call's words are "hang up")
    "text_sender": {
        "official": {
            "en": "This number is {provider}'s. Still, a message's sender number can be forged: do not reply or tap its links; "
                  "open {provider}'s app, or call a number listed here yourself.",
            "zh": "这是{provider}的官方号码。但消息的发送号码可以伪造：不要回复，也不要点其中的链接；请自己打开{provider}的官方应用，或拨打这里列出的号码。",
        },
        "official_but_scam_script": {
            "en": "The number is {provider}'s, but what was asked is a scam's, and a message's sender number can be forged: do "
                  "none of it, do not reply or tap its links, and contact {provider} yourself on a channel listed here.",
            "zh": "号码确实是{provider}的，但对方的要求是诈骗的手法，而且消息的发送号码可以伪造：不要照做，不要回复，也不要点其中的链接，请自己通过这里列出的{provider}官方渠道核实。",
        },
        "call_official_yourself": {
            "en": "Do not reply or tap its links. Contact {provider} only through the channels listed here, which you dial or "
                  "type yourself.",
            "zh": "不要回复，也不要点其中的链接。只通过这里列出的{provider}官方渠道、由你自己拨打或输入地址联系。",
        },
    },
    "app": {
        "official": {
            "en": "This app is {provider}'s. Install it yourself from its store, not from a link or a file someone sent you.",
            "zh": "这是{provider}的官方应用。请自己在应用商店里安装，不要通过别人发来的链接或安装包安装。",
        },
        "official_but_scam_script": {
            "en": "The app is {provider}'s, but what was asked is a scam's: do none of it, stop replying to whoever asked, "
                  "and contact {provider} yourself on a channel listed here.",
            "zh": "应用确实是{provider}的，但对方的要求是诈骗的手法：不要照做，不要再回复对方，并自己通过这里列出的{provider}官方渠道核实。",
        },
        "call_official_yourself": _DO_NOT_INSTALL_IT,
    },
}


# Why a value could not be read, in Chinese: the readers (normalize, canonical, check) say it in English,
# where it is also logged and tested; an answer in Chinese says it with these. Each pattern is the whole of
# one reader's sentence; a sentence none matches (a library's own error) stays as it is.
PROBLEMS_ZH: tuple[tuple[re.Pattern, str], ...] = tuple((re.compile(pattern), chinese) for pattern, chinese in (
    (r"it is empty|empty", "内容为空"),
    (r"it is longer than (\d+) characters", "超过了 {0} 个字符"),
    (r"it is several words: .*", "这是几个词：一次只能核验一个号码、网址或邮箱（整段文字请用扫描功能）"),
    (r"it is a word that names no provider in our registry: .*", "这是一个词，不是登记库中任何机构的名称：请给出要核验的号码、网址或邮箱"),
    (r"it names (.+), which is not a provider in our registry: .*", "这里问的是“{0}”，不在登记库收录的机构之中：请在它的官方应用或官网上查找电话，或给出你收到的号码、网址或邮箱"),
    (r"it holds (\d+) numbers \((.+)\): check them one at a time", "这里有 {0} 个号码（{1}）：请逐个核验"),
    (r"a country code \((.*)\) with no number after it", "只有国家代码（{0}），后面没有号码"),
    (r"a “\+” with no number after it", "只有“+”，后面没有号码"),
    (r"it is a blockchain name \(.*", "这是区块链名称（如以太坊名称服务 ENS 的名称）：它代表一个加密货币地址，不是网站，也不是任何人的客服；任何人都能注册带任意名字的名称，转给它的币无法追回。客服、交易所或钱包都不会让你把币转到某个名称来验证、解锁或保护账户"),
    (r"a code your phone reads itself, .*", "这是手机自己识别的代码，不是能查询的号码、网站或账号：*#06# 显示手机串号（IMEI），*#21#、*#61#、"
     "*#62#、*#67# 显示来电是否被转移，##002# 取消全部呼叫转移；这类代码显示的内容不要读给任何人"),
    (r"a code your phone sends to your mobile network \(USSD\), .*", "这是手机发给运营商网络的代码（USSD），不是能查询的号码、网站或账号：陌生人让你拨的代码，先问清运营商或银行它的用途再拨"),
    (r"a code that forwards your calls to (\S+): .*", "这是把你的来电转移到 {0} 的代码：让你拨它的人想接走你的来电，包括播报验证码的电话（拨 ##002# 可取消全部呼叫转移）"),
    (r"an address on a private or reserved network .*", "这是内网或保留网段的地址（路由器，或家中、单位里的设备），不是互联网上的网站"),
    (r"letters inside a phone number .*", "号码中夹有字母（会被当作键盘上的数字）"),
    (r"too few digits for a phone number or short code", "数字太少，不是电话号码或短号码"),
    (r"not a possible (\S+) account: (\S+) is a short code, .*", "不是有效的{0}账号：{1} 是短号码，只用于打电话和发短信"),
    (r"not a possible (\S+) account", "不是有效的{0}账号"),
    (r"not an account written as its platform's name and handle .*", "不是写成“平台名＋账号”的账号（微信：…、Telegram @…）"),
    (r"(\d+) digits: longer than any phone number", "{0} 位数字，比任何电话号码都长"),
    (r"not a possible international number", "不是有效的国际号码"),
    (r"not a possible phone number or known short code", "不是有效的电话号码或已知的短号码"),
    (r"it is a WalletConnect pairing code: .*", "这是 WalletConnect 配对码：粘贴或扫描进钱包后，会把钱包连接到一个网站，该网站随后可以请求钱包签名"
     "转走全部资产的交易。只连接你自己打开的网站；任何客服或空投活动都不需要你连接钱包"),
    (r"it is a request to pay in crypto: .*", "这是加密货币付款请求：在钱包中打开就会把币转到其中的地址，转出后无法追回。任何客服、交易所、政府机关或"
     "奖品都不会要求你付款来解冻、验证或领取"),
    (r"it is a crypto address, .*", "这是加密货币地址（收币用的），不是联系方式：任何登记库都无法判断它属于谁，转出的币也无法追回。客服、交易所或钱包"
     "都不会要求你把币转到某个地址来验证、解冻或保护账户"),
    (r"a (\S+) chat link to (\+\d+), which is not a possible phone number: it opens no chat",
     "这是指向 {1} 的 {0} 聊天链接，但 {1} 不是有效的电话号码：打不开任何聊天"),
    (r"it is an IBAN, the number of a bank account in (\w+), .*", "这是 IBAN，即 {0} 的一个银行账号（收款用的），不是联系方式：任何登记库都"
     "无法判断它属于谁，转账时显示的户名也可以随意填写。银行、警察或客服都不会让你把钱转到“安全账户”：那个账户正是拿走你钱的人的"),
    (r"it is a payment card's number, .*", "这是银行卡号，不是电话号码：任何打电话、发短信或写信给你的人都不需要它，也不需要有效期、卡背面的安全码或"
     "发到你手机上的验证码；如果已经告诉了对方，请拨打卡背面的电话挂失"),
    (r"it is a WeChat Pay payment code: .*", "这是微信支付收款码：在微信里扫码就会付钱给制作它的人，付出的钱无法追回。任何客服、退款专员或警察都不会"
     "让你扫码付款来退款、验证或解冻"),
    (r"it is a WeChat Pay order code: .*", "这是微信支付订单码：在微信里扫码就会付钱给生成它的商户，付出的钱无法追回。任何客服、退款专员或警察都不会"
     "让你扫码付款来退款、验证或解冻"),
    (r"it is a UPI payment request: .*", "这是印度 UPI 付款请求：在 UPI 应用（Google Pay、PhonePe、Paytm、BHIM）中打开并输入 UPI PIN，就会付钱给其中的"
     "UPI ID，不论它显示什么名字，付出的钱无法追回。收钱从来不需要 PIN 或先付款：任何退款、返现、KYC 或客服都不会这样要求"),
    (r"it is a UPI ID, India's address for paying someone \(its handle, @(\w+), .*", "这是 UPI ID，即印度的收款地址（@{0} 是某个支付应用的后缀），"
     "不是邮箱，也不是电话：向它付款，或输入 UPI PIN 同意它发来的收款请求，钱就会到它的主人手里，不论它显示什么名字（名字里可能带有公司名：谁都可以自己取）。"
     "收钱从来不需要 PIN 或先付款：任何退款、返现、KYC 或客服都不会这样要求"),
    (r"it is the name a text was sent under in India \(an SMS header: (\w+) is the carrier and circle that delivered it, (\w+) .*",
     "这是印度短信的发送方名称（短信头）：{0} 表示投递它的运营商和地区，{1} 是某个企业向运营商登记的名称，后面的 -P、-S、-T 或 -G 表示推广、服务、"
     "交易或政府短信；它不是电话号码，也不是网站。短信头只说明是哪个登记过的发送方发的，并不说明它就是字母看上去像的那家机构，登记库也没有收录短信头："
     "请根据短信要你做什么来判断，不要点其中的链接或拨打其中的号码，到该机构自己的应用里核实"),
    (r"it is a registered sender's name as a Hong Kong phone shows it \((.+?): .*",
     "这是香港手机显示的已登记短信发送人名称（{0}：“#”来自通讯事务管理局办公室（OFCA）的短讯发送人登记制，其他短信若使用“#”会被网络拦截），"
     "不是电话号码，也不是网站。用这个名称发来的短信出自登记了该名称的机构；登记库没有收录哪些名称属于谁，请在 OFCA 的已登记发送人名单中核对，"
     "而且回复短信时仍然不要提供任何验证码或密码"),
    (r"it is the name Singapore's networks give a text whose sender is registered with no one .*",
     "这是新加坡网络给未登记发送人的短信所标的名称（资讯通信媒体发展局 IMDA 的短信发送人登记处）：不是可以核验的号码或网站，它本身就是警告。"
     "不要点其中的链接，也不要拨打其中的号码；政府机构和已登记的银行都不会用这个名称发短信。如果这条短信对你很重要，请自己查找该机构的联系方式"),
    (r"a domain name is 1 to 253 characters", "域名应为 1 到 253 个字符"),
    (r"not a valid domain name: it holds characters no domain name can have", "不是有效的域名：其中有域名不能含有的字符"),
    (r"not a valid domain name: a label starting “xn--” .*",
     "不是有效的域名：以“xn--”开头（或第三、四个字符为“--”）的一段必须是国际化域名的编码，这一段不是"),
    (r"a domain name has at least two dot-separated labels .*", "域名至少有两段，用“.”隔开，每段由字母、数字和“-”组成"),
    (r"an IP address is not a domain name", "IP 地址不是域名"),
    (r"an email address needs a name before the '@'", "邮箱地址的“@”前面要有用户名"),
    (r"the address after '@' is an IP address of a private or reserved network, .*",
     "“@”后面是内网或保留网段的 IP 地址，互联网上的邮件无法送达"),
    (r"\[(.*)\] after the '@' is no IP address", "“@”后面的 [{0}] 不是 IP 地址"),
    (r"not a web address: what follows its ':' is no port number", "不是有效的网址：“:”后面不是端口号"),
    (r"not a web address: its host is not written as one", "不是有效的网址：主机名的写法不对"),
    (r"(\S+): addresses are not web addresses", "{0}: 开头的地址不是网页地址"),
    (r"a dialling link with no number in it", "拨号链接里没有号码"),
    (r"no host name in it", "其中没有主机名"),
    (r"(\S+) does not end in a public suffix .*", "{0} 的结尾不是公共域名后缀（.com、.cn、.io……）"),
    (r"an app store page without the app's id.*", "应用商店页面里没有应用编号：请粘贴完整地址（…/id1288339409、…?id=com.example.app）"),
    (r"a Firefox add-on's page by its internal id: .*", "这是按内部编号打开的 Firefox 附加组件页面：请粘贴商店为它显示的地址（…/firefox/addon/名称/）"),
    (r"not an app: .*", "不是应用：请写成“商店:编号”（ios:1288339409），或粘贴 App Store、Google Play、Chrome 网上应用店、Firefox 或 Edge 附加组件商店的地址"),
    (r"a link inside links, too deep to follow", "链接里套着链接，层数太多，无法追踪"),
))


def problem(text: str, lang: str) -> str:
    """A reader's reason a value could not be read, in the answer's language."""
    if lang == "zh":
        for pattern, chinese in PROBLEMS_ZH:
            if found := pattern.fullmatch(text):
                return chinese.format(*found.groups())
    return text


def language(lang: str | None) -> str:
    return "zh" if (lang or "").lower().startswith("zh") else "en"


# Characters that reorder what is shown around them (embeddings, overrides, isolates, direction marks): a value
# echoed in a sentence shows them by their code point, so that no page or terminal showing our answer shows
# the reordered number the value's writer meant a reader to see ("95\u202e881" read out as 95188).
_DIRECTION_CHARACTERS_SHOWN = {code: f"[U+{code:04X}]" for code in (*range(0x202A, 0x202F), *range(0x2066, 0x206A), 0x200E, 0x200F, 0x061C)}


class Phrase(str):
    """A catalog phrase given as a message's parameter by its code, said in the answer's language when the message is:
    for a parameter worked out before the language is known (a host's look-alike, memoised for every language)."""


def render(code: str, lang: str, **params) -> str:
    for name, value in params.items():
        if type(value) is Phrase:
            params[name] = CATALOG[value][lang]
        elif type(value) is str and not value.isascii():
            params[name] = value.translate(_DIRECTION_CHARACTERS_SHOWN)
    return CATALOG[code][lang].format(**params)
