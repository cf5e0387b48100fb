import type { Gender } from '../../domain/customer-fields.ts';
import { weightedTable, type Random } from './random.ts';

/** A Chinese personal name with a pinyin spelling for e-mail addresses. */
export type PersonName = {
  name: string;
  surname: string;
  surnamePinyin: string;
  givenPinyin: string;
};

// Surnames roughly in order of frequency (王 李 张 刘 陈 cover ~30% of the population).
const SURNAMES = weightedTable(
  (
    '王 wang 9,李 li 9,张 zhang 8.5,刘 liu 7,陈 chen 6,杨 yang 4.5,黄 huang 3.5,赵 zhao 3.5,' +
    '吴 wu 3,周 zhou 3,徐 xu 2.2,孙 sun 2.2,马 ma 2,朱 zhu 2,胡 hu 1.9,郭 guo 1.8,何 he 1.7,' +
    '林 lin 1.5,高 gao 1.5,罗 luo 1.5,郑 zheng 1.3,梁 liang 1.3,谢 xie 1.2,宋 song 1.1,' +
    '唐 tang 1.1,许 xu 1,韩 han 1,冯 feng 1,邓 deng 1,曹 cao 1,彭 peng 1,曾 zeng 0.9,肖 xiao 0.9,' +
    '田 tian 0.9,董 dong 0.9,潘 pan 0.8,袁 yuan 0.8,蔡 cai 0.8,蒋 jiang 0.8,余 yu 0.8,于 yu 0.8,' +
    '杜 du 0.8,叶 ye 0.7,程 cheng 0.7,魏 wei 0.7,苏 su 0.7,吕 lv 0.7,丁 ding 0.7,任 ren 0.7,' +
    '卢 lu 0.6,姚 yao 0.6,沈 shen 0.6,钟 zhong 0.6,姜 jiang 0.6,崔 cui 0.6,谭 tan 0.6,陆 lu 0.6,' +
    '范 fan 0.5,汪 wang 0.5,廖 liao 0.5,石 shi 0.5,金 jin 0.5,韦 wei 0.5,贾 jia 0.5,夏 xia 0.5,' +
    '付 fu 0.5,方 fang 0.5,邹 zou 0.5,熊 xiong 0.5,白 bai 0.5,孟 meng 0.4,秦 qin 0.4,邱 qiu 0.4,' +
    '侯 hou 0.4,江 jiang 0.4,尹 yin 0.4,薛 xue 0.4,闫 yan 0.4,段 duan 0.4,雷 lei 0.4,龙 long 0.3,' +
    '黎 li 0.3,史 shi 0.3,陶 tao 0.3,贺 he 0.3,毛 mao 0.3,郝 hao 0.3,顾 gu 0.3,龚 gong 0.3,' +
    '邵 shao 0.3,万 wan 0.3,覃 qin 0.2,武 wu 0.3,钱 qian 0.3,戴 dai 0.3,严 yan 0.3,欧阳 ouyang 0.1'
  )
    .split(',')
    .map((entry) => {
      const [char = '', pinyin = '', weight = '1'] = entry.split(' ');
      return [[char, pinyin] as const, Number(weight)] as const;
    }),
);

function syllables(text: string): readonly (readonly [string, string])[] {
  return text.split(',').map((entry) => {
    const [char = '', pinyin = ''] = entry.split(' ');
    return [char, pinyin] as const;
  });
}

const MALE = syllables(
  '伟 wei,强 qiang,磊 lei,军 jun,勇 yong,杰 jie,涛 tao,明 ming,超 chao,刚 gang,平 ping,辉 hui,' +
    '鹏 peng,华 hua,飞 fei,鑫 xin,波 bo,斌 bin,宇 yu,浩 hao,凯 kai,健 jian,俊 jun,帆 fan,峰 feng,' +
    '建 jian,国 guo,海 hai,东 dong,林 lin,文 wen,志 zhi,永 yong,春 chun,晓 xiao,亮 liang,成 cheng,' +
    '立 li,新 xin,正 zheng,宏 hong,博 bo,天 tian,振 zhen,家 jia,旭 xu,龙 long,云 yun,毅 yi,德 de,' +
    '庆 qing,嘉 jia,子 zi,一 yi,泽 ze,睿 rui,轩 xuan,宁 ning,朝 chao,金 jin,荣 rong,清 qing',
);

const FEMALE = syllables(
  '芳 fang,娜 na,敏 min,静 jing,丽 li,艳 yan,娟 juan,霞 xia,燕 yan,玲 ling,婷 ting,雪 xue,慧 hui,' +
    '洁 jie,琳 lin,颖 ying,倩 qian,晶 jing,红 hong,梅 mei,莉 li,萍 ping,佳 jia,欣 xin,悦 yue,' +
    '雅 ya,琴 qin,璐 lu,婧 jing,瑶 yao,露 lu,晓 xiao,文 wen,春 chun,秀 xiu,英 ying,华 hua,丹 dan,' +
    '月 yue,楠 nan,思 si,雨 yu,珊 shan,蕾 lei,凤 feng,兰 lan,彤 tong,妍 yan,可 ke,欢 huan',
);

export function personName(rng: Random, gender: Gender): PersonName {
  const [surname, surnamePinyin] = rng.weighted(SURNAMES);
  const pool = gender === 'female' ? FEMALE : gender === 'male' ? MALE : rng.pick([MALE, FEMALE]);
  const first = rng.pick(pool);
  // About a third of names have a single given character (王伟, 李娜).
  const second = rng.chance(0.35) ? null : rng.pick(pool);
  const given = first[0] + (second ? second[0] : '');
  const givenPinyin = first[1] + (second ? second[1] : '');
  return { name: surname + given, surname, surnamePinyin, givenPinyin };
}

/** A work e-mail in one of the usual Chinese patterns: zhang.wei@, zhangwei@, zw@… */
export function personEmail(rng: Random, person: PersonName, domain: string): string {
  const style = rng.int(0, 3);
  const local =
    style === 0
      ? `${person.givenPinyin}.${person.surnamePinyin}`
      : style === 1
        ? `${person.surnamePinyin}${person.givenPinyin}`
        : style === 2
          ? `${person.surnamePinyin}.${person.givenPinyin}`
          : `${person.surnamePinyin}${person.givenPinyin.charAt(0)}${rng.int(1, 99)}`;
  return `${local}@${domain}`;
}
