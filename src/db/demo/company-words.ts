import type { IndustrySection } from '../../domain/customer-fields.ts';

/**
 * Word stock for company names. Brand words are invented two-character trade names (恒达,
 * 华信…) with the pinyin used for web and e-mail domains; famous real brands are left out.
 */
function pairs(text: string): readonly (readonly [string, string])[] {
  return text.split(',').map((entry) => {
    const [word = '', pinyin = ''] = entry.trim().split(' ');
    return [word, pinyin] as const;
  });
}

export const BRANDS = pairs(
  '恒达 hengda,华信 huaxin,宏远 hongyuan,鑫源 xinyuan,盛泰 shengtai,永康 yongkang,瑞丰 ruifeng,' +
    '金桥 jinqiao,天成 tiancheng,中联 zhonglian,博远 boyuan,汇通 huitong,众诚 zhongcheng,' +
    '东方 dongfang,海川 haichuan,智联 zhilian,启明 qiming,卓越 zhuoyue,凯达 kaida,利华 lihua,' +
    '德润 derun,安泰 antai,宝丰 baofeng,嘉禾 jiahe,华瑞 huarui,远航 yuanhang,同创 tongchuang,' +
    '精诚 jingcheng,万通 wantong,鼎盛 dingsheng,恒信 hengxin,富源 fuyuan,昌盛 changsheng,' +
    '泰和 taihe,金瑞 jinrui,天宇 tianyu,新锐 xinrui,蓝海 lanhai,晨光 chenguang,雄峰 xiongfeng,' +
    '通达 tongda,永盛 yongsheng,锦程 jincheng,佳信 jiaxin,华宇 huayu,鹏程 pengcheng,宏泰 hongtai,' +
    '睿智 ruizhi,联创 lianchuang,海纳 haina,瀚海 hanhai,润达 runda,天润 tianrun,盛世 shengshi,' +
    '中邦 zhongbang,金鼎 jinding,振华 zhenhua,合力 heli,同心 tongxin,光华 guanghua,亿达 yida,' +
    '方圆 fangyuan,华腾 huateng,腾飞 tengfei,九州 jiuzhou,四海 sihai,百川 baichuan,万隆 wanlong,' +
    '广源 guangyuan,云帆 yunfan,星辰 xingchen,峰华 fenghua,伟业 weiye,利民 limin,建华 jianhua,' +
    '国信 guoxin,信诚 xincheng,德信 dexin,天马 tianma,博瑞 borui,瑞达 ruida,新宇 xinyu,' +
    '华盛 huasheng,宏达 hongda,顺达 shunda,明辉 minghui,永信 yongxin,泰丰 taifeng,祥和 xianghe,' +
    '瑞祥 ruixiang,金泰 jintai,银河 yinhe,蓝天 lantian,青松 qingsong,长江 changjiang,泰山 taishan,' +
    '蜀能 shuneng,中原 zhongyuan,楚天 chutian,恒通 hengtong,创维 chuangwei,立信 lixin,荣昌 rongchang,' +
    '兴华 xinghua,正源 zhengyuan,聚力 juli,凯旋 kaixuan,冠华 guanhua,华泰 huatai,海润 hairun,' +
    '中天 zhongtian,远大 yuanda,新世纪 xinshiji,丰源 fengyuan,永达 yongda,宇通 yutong,金洋 jinyang',
);

/** Transliterated names for foreign-invested companies (施密特机械（苏州）有限公司). */
export const FOREIGN_BRANDS = pairs(
  '施密特 schmidt,卡尔森 karlsen,诺德曼 nordmann,霍夫曼 hofmann,莱茵 rhein,大和 daiwa,' +
    '三和 sanwa,凯瑞斯 kairis,韦伯 weber,阿尔泰克 altec,麦克斯 maxx,汉森 hansen,贝克 becker,' +
    '富兰克 frank,高桥 takahashi,山田 yamada,伊藤 ito,斯道尔 stoll',
);

/**
 * An industry word: full form in the name, short form in the short name, domain pinyin, and
 * the products of a company so named (null: the section's products apply).
 */
export type IndustryWord = readonly [
  full: string,
  short: string,
  pinyin: string,
  products: readonly string[] | null,
];

export type NameStyle = 'company' | 'hospital' | 'school' | 'government';

export type IndustryProfile = {
  section: IndustrySection;
  /** Share of demo customers; the seller makes air-conditioning and data-centre equipment. */
  weight: number;
  style: NameStyle;
  words: readonly IndustryWord[];
  products: readonly string[];
};

function words(text: string): readonly IndustryWord[] {
  return text.split(',').map((entry) => {
    const [full = '', short = '', pinyin = '', products] = entry.trim().split(' ');
    return [full, short, pinyin, products ? products.split('、') : null] as const;
  });
}

function profile(
  section: IndustrySection,
  weight: number,
  wordText: string,
  products: string,
  style: NameStyle = 'company',
): IndustryProfile {
  return {
    section,
    weight,
    style,
    words: words(wordText),
    products: products.split('|').filter(Boolean),
  };
}

export const INDUSTRIES: readonly IndustryProfile[] = [
  profile('A', 0.5, '农业科技 农业 nongye,生态农业 农业 nongye,牧业 牧业 muye', '粮油种植|生猪养殖|蔬菜种植|农产品冷链|种业'),
  profile('B', 3, '矿业 矿业 kuangye,煤业 煤业 meiye,石油化工 石化 shihua,天然气开发 天然气 tianranqi', '煤炭开采|铁矿石|有色金属|天然气开采|石油开采|矿产品加工'),
  // Manufacturers' own products follow the word in their name (电气 → 变压器、开关柜…).
  profile('C', 34, [
    '精密机械 机械 jixie 数控机床、精密零部件、自动化生产线、液压件',
    '汽车零部件 汽配 qipei 汽车底盘件、发动机零部件、制动系统、汽车线束',
    '电子科技 电子 dianzi 电子元器件、印制电路板、电源模块、传感器',
    '新材料 新材 xincai 工程塑料、碳纤维复合材料、特种涂层、高性能膜材料',
    '化工 化工 huagong 化工中间体、涂料、胶黏剂、工业溶剂',
    '制药 制药 zhiyao 原料药、化学制剂、中成药、生物制品',
    '食品 食品 shipin 乳制品、饮料、速冻食品、休闲食品',
    '纺织 纺织 fangzhi 纺织面料、纱线、家纺产品、产业用纺织品',
    '电气 电气 dianqi 变压器、开关柜、电线电缆、低压电器',
    '重工 重工 zhonggong 工程机械、起重设备、大型铸锻件、矿山机械',
    '光电科技 光电 guangdian LED显示屏、光学镜头、激光设备、光通信器件',
    '半导体 半导体 bandaoti 集成电路封装、功率器件、晶圆制造、芯片测试',
    '机电 机电 jidian 电机、减速机、风机、泵阀',
    '包装材料 包装 baozhuang 包装纸箱、塑料薄膜、标签印刷、包装容器',
    '钢铁 钢铁 gangtie 特种钢材、螺纹钢、热轧板卷、不锈钢',
    '塑胶制品 塑胶 sujiao 注塑件、塑料管材、橡胶密封件、塑料薄膜',
    '医疗器械 医械 yixie 医用耗材、影像设备、体外诊断试剂、手术器械',
    '智能装备 装备 zhuangbei 工业机器人、智能仓储设备、检测设备、自动化生产线',
    '新能源科技 新能源 xinnengyuan 光伏组件、储能系统、逆变器、充电桩',
    '生物科技 生物 shengwu 生物试剂、酶制剂、疫苗、细胞培养基',
    '电池 电池 dianchi 锂电池、动力电池模组、储能电池、电池材料',
    '家电 家电 jiadian 家用电器、厨房电器、小家电、热水器',
    '轮胎 轮胎 luntai 乘用车轮胎、载重轮胎、工程轮胎、内胎',
    '精细化工 化工 huagong 表面活性剂、染料、医药中间体、电子化学品',
  ].join(','), ''),
  profile('D', 9, '电力 电力 dianli,能源 能源 nengyuan,热电 热电 redian,燃气 燃气 ranqi,水务 水务 shuiwu,新能源 新能源 xinnengyuan,电力工程 电力 dianli,光伏发电 光伏 guangfu,风电 风电 fengdian', '火力发电|风力发电|光伏发电|城市供热|天然气供应|自来水供应|配电网运营|储能电站运营'),
  profile('E', 10, '建设 建设 jianshe,建工 建工 jiangong,路桥 路桥 luqiao,建筑工程 建工 jianzhu,市政工程 市政 shizheng,机电安装 安装 anzhuang,装饰工程 装饰 zhuangshi,钢结构 钢构 ganggou,水利水电工程 水电 shuidian', '房屋建筑工程|市政公用工程|公路桥梁施工|机电安装工程|钢结构工程|建筑装饰工程|水利水电工程|EPC总承包'),
  profile('F', 8, '商贸 商贸 shangmao,贸易 贸易 maoyi,供应链 供应链 gongyinglian,物资 物资 wuzi,机电设备 机电 jidian,医药 医药 yiyao,百货 百货 baihuo,电器 电器 dianqi', '机电设备批发|钢材贸易|医药批发|日用百货零售|家电零售|进出口贸易|连锁超市|建材批发'),
  profile('G', 5, '物流 物流 wuliu,交通 交通 jiaotong,港务 港务 gangwu,运输 运输 yunshu,仓储 仓储 cangchu,轨道交通 轨交 guijiao,冷链物流 冷链 lenglian,航空 航空 hangkong', '公路货运|港口装卸|仓储服务|冷链运输|城市轨道交通运营|快递服务|航空货运|多式联运'),
  profile('H', 1, '酒店管理 酒店 jiudian,餐饮管理 餐饮 canyin,大酒店 酒店 jiudian', '酒店住宿|会议服务|餐饮服务|团餐配送'),
  profile('I', 10, '信息技术 信息 xinxi,数据科技 数据 shuju,网络科技 网络 wangluo,软件 软件 ruanjian,云计算 云计算 yun,通信技术 通信 tongxin,数据服务 数据 shuju', '数据中心托管|云计算服务|行业应用软件|系统集成|通信网络运营|互联网平台|5G专网|信息安全服务'),
  profile('J', 4, '金融服务 金融 jinrong,融资租赁 租赁 zulin,证券 证券 zhengquan,保险 保险 baoxian,金融科技 金融 jinrong', '财富管理|融资租赁|证券经纪|财产保险|供应链金融|支付清算'),
  profile('K', 3, '置业 置业 zhiye,房地产开发 地产 dichan,地产 地产 dichan', '住宅开发|商业综合体|写字楼租赁|产业园区运营'),
  profile('L', 1, '商务服务 商务 shangwu,设备租赁 租赁 zulin,企业管理 管理 guanli,会展服务 会展 huizhan', '设备租赁|会展服务|企业管理咨询|人力资源服务'),
  profile('M', 3, '检测技术 检测 jiance,工程设计 设计 sheji,技术研究院 研究院 yanjiuyuan,环境科技 环境 huanjing', '检验检测|工程设计|技术研发|技术咨询|计量校准'),
  profile('N', 2, '环保 环保 huanbao,环境工程 环境 huanjing,水利 水利 shuili,园林 园林 yuanlin', '垃圾焚烧发电|污水处理|环境监测|园林绿化|固废处置'),
  profile('O', 0.3, '家政服务 家政 jiazheng,汽车维修 汽修 qixiu,物业服务 物业 wuye', '家政服务|汽车维修|物业服务'),
  profile('P', 2, '学校 学校 xuexiao', '高等教育|职业教育|基础教育|继续教育', 'school'),
  profile('Q', 3, '医院 医院 yiyuan', '综合医疗服务|专科诊疗|体检服务|医学科研', 'hospital'),
  profile('R', 0.5, '文化传媒 传媒 chuanmei,体育发展 体育 tiyu,影视 影视 yingshi', '影视制作|体育场馆运营|广告传媒|演艺服务'),
  profile('S', 2, '机关 机关 jiguan', '政务服务|公共管理|数据资源管理', 'government'),
]; // prettier-ignore

/** Company-form suffixes; 集团 is reserved for large companies (see company-names.ts). */
export const SUFFIXES = ['有限公司', '股份有限公司', '有限责任公司'] as const;
